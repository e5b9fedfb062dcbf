using Strata.ClickHouse;

namespace Strata.Warehouse.Daily;

/// <summary>How a daily run behaves beyond its dates.</summary>
public sealed record DailyOptions
{
    /// <summary>
    /// How far before the last watermark the next extract looks again. A row committed by a transaction that
    /// started before the watermark was read carries an updated_at older than the watermark; the overlap
    /// catches it. Re-reading a row twice is harmless: its whole day is rebuilt either way.
    /// </summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Called at each named point of the run ("extracted", "transformed", "load.staged", "loaded", ...).
    /// Tests inject faults here to prove a re-run after a crash at any point gives the same tables.
    /// </summary>
    public Func<string, CancellationToken, Task> Checkpoint { get; init; } = static (_, _) => Task.CompletedTask;
}
