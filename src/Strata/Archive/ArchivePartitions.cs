using Strata.Postgres;

namespace Strata.Archive;

/// <summary>
/// Makes sure a month has its (possibly empty) partition before the swap. archive_months remembers which
/// partitions exist, written in the same transaction that creates one, so the check reads the same on every dialect.
/// </summary>
public sealed class ArchivePartitions(ArchiveDatabase archive)
{
    /// <summary>Returns true when this call created the partition.</summary>
    public async Task<bool> EnsureAsync(ArchiveMonth month, CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var exists = await connection.ScalarAsync<bool>(archive.Statements.PartitionRecorded(), cancellationToken, ("month", month.FirstDay));
        if (exists)
        {
            return false;
        }
        await connection.ExecuteAsync(archive.Statements.AddPartition(month), cancellationToken);
        await connection.ExecuteAsync(archive.Statements.RecordPartition(), cancellationToken, ("month", month.FirstDay));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
