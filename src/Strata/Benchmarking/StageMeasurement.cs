using System.Diagnostics;
using Strata.ClickHouse;
using Strata.Diagnostics;

namespace Strata.Benchmarking;

/// <summary>The wall time of one stage and the process's peak resident memory while it ran (see <see cref="MemoryMeasurement"/>).</summary>
public sealed record StageMeasurement(TimeSpan Elapsed, double PeakMemoryMb)
{
    public static async Task<(T Result, StageMeasurement Measurement)> MeasureAsync<T>(
        IClickHouseEngine engine, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        // What an earlier stage left for the garbage collector (the ingest streams millions of rows through
        // .NET) and the pages the engine freed (the daily load starts right after the raw limit's pull) are
        // returned first, so a stage's peak counts what the stage itself holds.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        await engine.ReturnFreedMemoryAsync(cancellationToken);
        using var memory = MemoryMeasurement.Start();
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        return (result, new StageMeasurement(clock.Elapsed, memory.Stop()));
    }

    /// <summary>Wall seconds to the millisecond, the finest grain worth printing.</summary>
    public double Seconds => Math.Round(Elapsed.TotalSeconds, 3);

    public double RowsPerSecond(long rows) => Math.Round(rows / Math.Max(Elapsed.TotalSeconds, 1e-6));
}
