using System.Diagnostics;
using Strata.Diagnostics;

namespace Strata.Benchmarking;

/// <summary>The wall time of one stage and the process's peak resident memory while it ran (see <see cref="MemoryMeasurement"/>).</summary>
public sealed record StageMeasurement(TimeSpan Elapsed, double PeakMemoryMb)
{
    public static async Task<(T Result, StageMeasurement Measurement)> MeasureAsync<T>(Func<Task<T>> work)
    {
        // What an earlier stage left for the garbage collector (the ingest streams millions of rows through
        // .NET) is collected and returned first, so a stage's peak counts what the stage itself holds.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
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
