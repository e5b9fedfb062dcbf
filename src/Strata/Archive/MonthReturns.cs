using Strata.Postgres;

namespace Strata.Archive;

/// <summary>
/// One month of returns in the archive: ClickHouse pushes the month of fact_returns into stage_returns (the stage
/// step), then one transaction replaces the month of historical_returns with it (the swap step). Both can run again.
/// </summary>
public sealed class MonthReturns(ArchiveDatabase archive, WarehouseMonth source, ArchiveMonth month)
{
    public async Task StageAsync(DateTime archivedAt, CancellationToken cancellationToken)
    {
        await using (var connection = await archive.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(archive.Statements.TruncateStageReturns(), cancellationToken);
        }
        await source.PushReturnsAsync(archivedAt, cancellationToken);
    }

    public async Task ReplaceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(archive.Statements.ReplaceMonthReturns(month), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
