using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>One dimension after the SCD2 merge: the rows ClickHouse pushed, and the history rows the merge wrote.</summary>
public sealed record DimensionChanges(string History, long StagedRows, long VersionsWritten);

/// <summary>
/// Keeps historical_products and historical_customers as SCD type 2 (scd2_merge.sql), both in one transaction,
/// from what ClickHouse pushed into the stage tables. The month's first instant is when this run's view of the
/// dimensions starts to apply.
/// </summary>
public sealed class DimensionHistory(ArchiveDatabase archive, Checkpoints checkpoints)
{
    public async Task<IReadOnlyList<DimensionChanges>> MergeAsync(ArchiveMonth month, CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changes = new List<DimensionChanges>();
        foreach (var dimension in ArchiveDimension.All)
        {
            var staged = await connection.ScalarAsync<long>($"SELECT count(*) FROM {dimension.Stage}", cancellationToken);
            var written = await connection.ExecuteAsync(archive.Statements.Scd2Merge(dimension), cancellationToken, ("effective_from", month.Start));
            changes.Add(new DimensionChanges(dimension.History, staged, written));
        }
        await checkpoints.AtAsync(FaultPoints.DimensionsBeforeCommit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changes;
    }

    /// <summary>What the stage tables hold now, for a ledger written in another process than the merge (no versions counted).</summary>
    public async Task<IReadOnlyList<DimensionChanges>> StagedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        var staged = new List<DimensionChanges>();
        foreach (var dimension in ArchiveDimension.All)
        {
            staged.Add(new DimensionChanges(dimension.History, await connection.ScalarAsync<long>($"SELECT count(*) FROM {dimension.Stage}",
                cancellationToken), 0));
        }
        return staged;
    }
}
