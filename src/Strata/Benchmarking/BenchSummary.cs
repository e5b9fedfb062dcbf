using System.Text.Json.Serialization;
using Strata.Pipeline;

namespace Strata.Benchmarking;

/// <summary>
/// What `strata bench` reports: per stage the rows it handled, wall seconds, rows per second, the process's peak
/// resident memory, and its own raw limit measured in the same run with the ratio to it; the daily load's raw limit
/// (both pulls) and ratio again at the top, as before; and every report's timing.
/// </summary>
public sealed record BenchSummary(
    long Sales, IReadOnlyList<BenchStage> Stages, RawLimit? RawLimit, double? RatioToRawLimit, IReadOnlyList<ReportTiming> Reports)
{
    /// <summary>The daily load's own steps (extract, transform, load, reconcile), for people reading where its time went; not in the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyList<StepResult> DailySteps { get; init; } = [];
}

/// <summary>
/// One stage of the benchmark, measured on its own, next to its raw limit: the least the same work costs on this
/// machine (RawLimitSeconds), measured in the same run; Ratio = Seconds / RawLimitSeconds.
/// </summary>
public sealed record BenchStage(string Name, long Rows, double Seconds, double RowsPerS, double PeakMemoryMb, double RawLimitSeconds, double Ratio)
{
    public static BenchStage From(string name, long rows, StageMeasurement measurement, TimeSpan rawLimit) =>
        Of(name, rows, measurement.Elapsed, measurement.PeakMemoryMb, rawLimit);

    /// <summary>
    /// Seconds to the millisecond, the finest grain worth printing, and the ratio of the printed figures (to the
    /// hundredth), so the JSON's ratio is its seconds over its raw_limit_seconds.
    /// </summary>
    public static BenchStage Of(string name, long rows, TimeSpan elapsed, double peakMemoryMb, TimeSpan rawLimit)
    {
        var (seconds, limit) = (Math.Round(elapsed.TotalSeconds, 3), Math.Round(rawLimit.TotalSeconds, 3));
        return new(name, rows, seconds, Math.Round(rows / Math.Max(elapsed.TotalSeconds, 1e-6)), peakMemoryMb, limit,
            Math.Round(seconds / Math.Max(limit, 0.001), 2));
    }
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

/// <summary>One report's runs: its tier (as operators name it), the rows it returned, every run's milliseconds and their 95th percentile.</summary>
public sealed record ReportTiming(string Tier, string Name, long Rows, double P95Ms, IReadOnlyList<double> RunsMs);
