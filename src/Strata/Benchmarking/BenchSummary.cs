using System.Text.Json.Serialization;
using Strata.Pipeline;

namespace Strata.Benchmarking;

/// <summary>
/// What `strata bench` reports: per stage the sales rows it handled, wall seconds, rows per second and the
/// process's peak resident memory; the raw limit measured in the same run; and how many times longer the
/// daily load of the whole history took than the raw limit (1 would be as fast as moving the rows at all).
/// </summary>
public sealed record BenchSummary(long Sales, IReadOnlyList<BenchStage> Stages, RawLimit RawLimit, double RatioToRawLimit)
{
    /// <summary>The daily load's own steps (extract, transform, load, reconcile), for people reading where its time went; not in the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyList<StepResult> DailySteps { get; init; } = [];

    public static BenchSummary Create(long sales, IReadOnlyList<BenchStage> stages, RawLimit rawLimit)
    {
        var dailyLoad = stages.Single(stage => stage.Name == BenchStage.DailyLoad);
        return new BenchSummary(sales, stages, rawLimit, Math.Round(dailyLoad.Seconds / Math.Max(rawLimit.Seconds, 0.001), 2));
    }
}

/// <summary>One stage of the benchmark, measured on its own.</summary>
public sealed record BenchStage(string Name, long Rows, double Seconds, double RowsPerS, double PeakMemoryMb)
{
    public const string Generate = "generate";
    public const string Ingest = "ingest";
    public const string DailyLoad = "daily_load";

    public static BenchStage From(string name, long rows, StageMeasurement measurement) =>
        new(name, rows, measurement.Seconds, measurement.RowsPerSecond(rows), measurement.PeakMemoryMb);
}

/// <summary>
/// ClickHouse pulling the same sales from PostgreSQL with postgresql() into a bare MergeTree table, once just
/// before and once just after the daily load (<see cref="PullSeconds"/>). The limit is the faster pull: the
/// machine's speed drifts over minutes, and the stricter of two readings bracketing the load is the one
/// that can never flatter the ratio.
/// </summary>
public sealed record RawLimit(double Seconds, double RowsPerS, IReadOnlyList<double> PullSeconds)
{
    public static RawLimit From(long rows, IReadOnlyList<StageMeasurement> pulls)
    {
        var fastest = pulls.MinBy(pull => pull.Seconds) ?? throw new ArgumentException("No raw-limit pull.", nameof(pulls));
        return new(fastest.Seconds, fastest.RowsPerSecond(rows), [.. pulls.Select(pull => pull.Seconds)]);
    }
}
