using Strata.Pipeline;

namespace Strata.Archive;

/// <summary>The named points of a monthly run where <see cref="Checkpoints"/> can crash it.</summary>
public static class FaultPoints
{
    /// <summary>Inside the swap transaction, after the exchange, before the commit.</summary>
    public const string SwapBeforeCommit = "swap:before_commit";

    /// <summary>Inside the SCD2 transaction, after the merge, before the commit.</summary>
    public const string DimensionsBeforeCommit = "dimensions:before_commit";

    /// <summary>Every point of one month's steps, in the order a run passes them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. MonthlySteps.Names.SelectMany(step => step switch
        {
            MonthlySteps.Swap => new[] { Checkpoints.Before(step), SwapBeforeCommit, Checkpoints.After(step) },
            MonthlySteps.Dimensions => [Checkpoints.Before(step), DimensionsBeforeCommit, Checkpoints.After(step)],
            _ => [Checkpoints.Before(step), Checkpoints.After(step)],
        }),
    ];
}
