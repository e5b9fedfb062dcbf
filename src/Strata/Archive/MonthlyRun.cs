using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>
/// Everything one monthly run works with: ClickHouse (the source), the archive (the target, connected by the run's
/// first step so that an unreachable archive fails a step, not the command), the raw tier (gap explanations and the
/// ledger), how ClickHouse reaches the archive (postgresql() arguments), the run's identity and checkpoints.
/// </summary>
public sealed class MonthlyRun(
    PipelineRun identity,
    IClickHouseEngine warehouse,
    string archiveConnectionString,
    PostgresDatabase raw,
    Checkpoints checkpoints,
    ILogger logger) : IAsyncDisposable
{
    private ArchiveDatabase? archive;
    private RunLock? runLock;

    public Guid RunId => identity.RunId;

    /// <summary>Stamped on every row this run archives (archived_at), whole microseconds like the column.</summary>
    public DateTime ArchivedAt { get; } = DateTime.UnixEpoch.AddTicks((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10 * 10);

    public IClickHouseEngine Warehouse => warehouse;

    public ArchiveDatabase Archive => archive ?? throw new InvalidOperationException("The archive is connected by the run's prepare step.");

    public PostgresDatabase Raw => raw;

    /// <summary>How ClickHouse reaches the archive: postgresql() arguments, bound as query parameters.</summary>
    public ClickHouseParameters ArchiveTarget { get; } = PostgresSource.Parameters(archiveConnectionString);

    public Checkpoints Checkpoints => checkpoints;

    /// <summary>The dimensions this run last pushed and merged (their fingerprint and what the merge did); null before.</summary>
    public (long Fingerprint, IReadOnlyList<DimensionChanges> Changes)? PushedDimensions { get; set; }

    public ILogger Logger => logger;

    /// <summary>Connects to the archive (detecting its dialect) and takes the one-monthly-run-at-a-time lock for the rest of the run.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (archive is null)
        {
            archive = await ArchiveDatabase.ConnectAsync(archiveConnectionString, cancellationToken);
            ArchiveLog.Connected(logger, archive.Server);
        }
        runLock ??= await ArchiveRunLock.AcquireAsync(archive, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (runLock is not null)
        {
            await runLock.DisposeAsync();
        }
        if (archive is not null)
        {
            await archive.DisposeAsync();
        }
    }
}
