using System.Diagnostics;
using System.Globalization;

namespace Strata.Diagnostics;

/// <summary>
/// The process's peak resident memory over one stretch of work. On Linux the kernel's high-water mark
/// (VmHWM) is reset at the start, so each step reports its own peak, not the process's lifetime peak;
/// elsewhere the lifetime peak is the best the platform offers. With the embedded ClickHouse engine the
/// engine's memory is in this process too, so the figure covers the whole step.
/// </summary>
public static class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string Status = "/proc/self/status";

    /// <summary>Starts a new measurement: the peak becomes the current resident size.</summary>
    public static void Reset()
    {
        if (File.Exists(ClearRefs))
        {
            // "5" resets the peak resident set size to the current one (Linux 4.0+).
            File.WriteAllText(ClearRefs, "5");
        }
    }

    /// <summary>The peak resident size since the last <see cref="Reset"/>, in MB.</summary>
    public static double Megabytes() => Math.Round(PeakBytes() / (1024.0 * 1024.0), 1);

    private static long PeakBytes()
    {
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
