namespace Strata.Archive;

/// <summary>The named points of a monthly run where <see cref="FaultInjector"/> can crash it.</summary>
public static class FaultPoints
{
    /// <summary>Inside the swap transaction, after the exchange, before the commit.</summary>
    public const string SwapBeforeCommit = "swap:before_commit";

    /// <summary>Inside the SCD2 transaction, after the merge, before the commit.</summary>
    public const string DimensionsBeforeCommit = "dimensions:before_commit";

    public static string Before(string step) => $"before:{step}";

    public static string After(string step) => $"after:{step}";

    /// <summary>Every point, in the order a run passes them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. MonthlySteps.Names.SelectMany(step => step switch
        {
            MonthlySteps.Swap => new[] { Before(step), SwapBeforeCommit, After(step) },
            MonthlySteps.Dimensions => [Before(step), DimensionsBeforeCommit, After(step)],
            _ => [Before(step), After(step)],
        }),
    ];
}
