using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>What the month's partition holds once swapped in, recorded in archive_months with it.</summary>
public sealed record ArchivedMonth(ArchiveMonth Month, long SaleRows, decimal Revenue, DateTime ArchivedAt, Guid RunId);

/// <summary>
/// Replaces a month's partition with its verified staging table in ONE transaction (DETACH/ATTACH on PostgreSQL,
/// EXCHANGE PARTITION on Greenplum) and records what it now holds. A crash anywhere before the commit leaves the
/// previous copy of the month in place; after it, only the new one.
/// </summary>
public sealed class MonthSwap(ArchiveDatabase archive, Checkpoints checkpoints)
{
    public async Task SwapAsync(ArchivedMonth result, CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(archive.Statements.SwapMonth(result.Month), cancellationToken);
        await connection.ExecuteAsync(archive.Statements.RecordMonth(), cancellationToken,
            ("month", result.Month.FirstDay),
            ("sale_rows", result.SaleRows),
            ("revenue", result.Revenue),
            ("archived_at", result.ArchivedAt),
            ("run_id", result.RunId));
        await checkpoints.AtAsync(FaultPoints.SwapBeforeCommit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
