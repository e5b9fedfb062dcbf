namespace Strata.Bench;

/// <summary>What `strata bench` measured (R11.2): each stage, the raw limit, and how far the daily load is from it.</summary>
public sealed record BenchSummary(long Sales, IReadOnlyList<BenchStage> Stages, RawLimit RawLimit, double RatioToRawLimit);

/// <summary>One stage: rows handled, wall time, throughput and the process's peak memory during it.</summary>
public sealed record BenchStage(string Name, long Rows, double Seconds, double RowsPerS, double PeakMemoryMb)
{
    public static BenchStage Of(string name, long rows, TimeSpan elapsed, double peakMemoryMb) =>
        new(name, rows, Math.Round(elapsed.TotalSeconds, 3), Math.Round(rows / Math.Max(elapsed.TotalSeconds, 0.001)), peakMemoryMb);
}

/// <summary>ClickHouse pulling the same sales from PostgreSQL into a bare table: the fastest any load can be.</summary>
public sealed record RawLimit(double Seconds, double RowsPerS);
