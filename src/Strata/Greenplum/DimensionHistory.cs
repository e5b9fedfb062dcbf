namespace Strata.Greenplum;

/// <summary>How many versions the SCD2 merge found in staging and how many history rows it wrote.</summary>
public sealed record DimensionChanges(long StagedRows, long VersionsWritten);

/// <summary>
/// Keeps historical_products and historical_customers as SCD type 2 (scd2_merge.sql), both in one transaction,
/// from what ClickHouse pushed into the stage tables. The month's first instant is when this run's view of the
/// dimensions starts to apply.
/// </summary>
public sealed class DimensionHistory(ArchiveDatabase archive, FaultInjector faults)
{
    public async Task<DimensionChanges> MergeAsync(ArchiveMonth month, CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long staged = 0, written = 0;
        foreach (var dimension in ArchiveDimension.All)
        {
            staged += await ArchiveCommand.ScalarAsync<long>(connection, $"SELECT count(*) FROM {dimension.Stage}", cancellationToken);
            await using var merge = ArchiveCommand.Create(connection, archive.Statements.Scd2Merge(dimension), ("effective_from", month.Start));
            written += await merge.ExecuteNonQueryAsync(cancellationToken);
        }
        faults.At(FaultPoints.DimensionsBeforeCommit);
        await transaction.CommitAsync(cancellationToken);
        return new DimensionChanges(staged, written);
    }
}
