using System.Diagnostics;

namespace Strata.Diagnostics;

/// <summary>
/// Whether the process a note names (the holder of the embedded store, a server's lease, a run in the history) still
/// runs: that pid is alive on this machine and started no later than the note says it began, so a pid the system has
/// since given to another process does not count.
/// </summary>
public static class ProcessLiveness
{
    /// <summary>Process start times are read in clock ticks; this much slack keeps a process from looking younger than its own note.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    public static bool IsAlive(int pid, DateTimeOffset since)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && process.StartTime.ToUniversalTime() <= since.UtcDateTime + Slack;
        }
        catch (Exception gone) when (gone is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
