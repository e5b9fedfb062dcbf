using System.Diagnostics;
using System.Globalization;

namespace Strata.Diagnostics;

/// <summary>
/// The process's peak resident memory over one stretch of work, measured by the object that owns the work: any
/// number may run at once in one process (two pipeline runs in a server, a bench stage around a run's steps) and
/// none disturbs another. Nothing process-global is reset. On Linux the kernel's lifetime high-water mark (VmHWM)
/// is read at the start and the end: when it rose, the new mark was reached during the measurement and is exact;
/// otherwise the peak is the largest resident size (VmRSS) a shared sampler saw every few milliseconds. With the
/// embedded ClickHouse engine its memory is in this process too, so the figure covers the engine's work.
/// </summary>
public sealed class MemoryMeasurement : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);
    private static readonly Lock Gate = new();
    private static readonly List<MemoryMeasurement> Active = [];
    private static Timer? sampler;

    private readonly long startMark = HighWaterMarkBytes();
    private long largestSample = ResidentBytes();
    private double? stopped;

    private MemoryMeasurement()
    {
        lock (Gate)
        {
            Active.Add(this);
            sampler ??= new Timer(_ => SampleAll(), null, Interval, Interval);
        }
    }

    /// <summary>Starts measuring from now.</summary>
    public static MemoryMeasurement Start() => new();

    /// <summary>The peak resident size since <see cref="Start"/> (until <see cref="Stop"/>, once stopped), in MB.</summary>
    public double PeakMegabytes => stopped ?? Megabytes(PeakBytes());

    /// <summary>Ends the measurement and returns its peak in MB; later calls return the same figure.</summary>
    public double Stop()
    {
        if (stopped is null)
        {
            stopped = Megabytes(PeakBytes());
            Unregister();
        }
        return stopped.Value;
    }

    public void Dispose() => Stop();

    private long PeakBytes()
    {
        var mark = HighWaterMarkBytes();
        return mark > startMark ? mark : Math.Max(Interlocked.Read(ref largestSample), ResidentBytes());
    }

    private void Unregister()
    {
        lock (Gate)
        {
            Active.Remove(this);
            if (Active.Count == 0)
            {
                sampler?.Dispose();
                sampler = null;
            }
        }
    }

    private static void SampleAll()
    {
        var resident = ResidentBytes();
        lock (Gate)
        {
            foreach (var measurement in Active)
            {
                if (resident > Interlocked.Read(ref measurement.largestSample))
                {
                    Interlocked.Exchange(ref measurement.largestSample, resident);
                }
            }
        }
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);

    private static long HighWaterMarkBytes() => StatusBytes("VmHWM:") ?? CurrentProcess(process => process.PeakWorkingSet64);

    private static long ResidentBytes() => StatusBytes("VmRSS:") ?? CurrentProcess(process => process.WorkingSet64);

    /// <summary>A "Name:   123 kB" line of /proc/self/status in bytes; null off Linux.</summary>
    private static long? StatusBytes(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static long CurrentProcess(Func<Process, long> read)
    {
        using var process = Process.GetCurrentProcess();
        return read(process);
    }
}
