using Strata.Postgres;

namespace Strata.Archive;

/// <summary>One monthly run at a time per archive: a second one would race the first over its staging tables.</summary>
public static class ArchiveRunLock
{
    private const long Key = 0x5354_5241_4752; // "STRAGR"

    public static Task<RunLock> AcquireAsync(ArchiveDatabase archive, CancellationToken cancellationToken) =>
        RunLock.AcquireAsync(archive.Database, Key, "Another monthly run is archiving into this database; wait for it to finish.", cancellationToken);
}
