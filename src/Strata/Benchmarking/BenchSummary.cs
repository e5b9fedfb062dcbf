using System.Text.Json.Serialization;
using Strata.ClickHouse.Daily;

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
    public IReadOnlyList<StepSummary> DailySteps { get; init; } = [];

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

/// <summary>ClickHouse pulling the same sales from PostgreSQL with postgresql() into a bare MergeTree table.</summary>
public sealed record RawLimit(double Seconds, double RowsPerS)
{
    public static RawLimit From(long rows, StageMeasurement measurement) => new(measurement.Seconds, measurement.RowsPerSecond(rows));
}
