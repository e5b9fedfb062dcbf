using Strata.Postgres;
using Strata.Sql;

namespace Strata.Archive;

/// <summary>One archive table's row account for one month: what ClickHouse held and what the archive now holds.</summary>
public sealed record ArchiveAccount(string Table, string Source, long Read, long Loaded);

/// <summary>Writes a month's row accounts to the raw tier's load_ledger (tier 'greenplum'), in one transaction.</summary>
public static class ArchiveLedger
{
    public static async Task RecordAsync(PostgresDatabase raw, Guid runId, IReadOnlyList<ArchiveAccount> accounts, CancellationToken cancellationToken)
    {
        var sql = SqlCatalog.Read("raw/archive/record_ledger.sql");
        await using var connection = await raw.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var account in accounts)
        {
            await ArchiveCommand.ExecuteAsync(connection, sql, cancellationToken,
                ("run_id", runId), ("target_table", account.Table), ("source", account.Source), ("read_rows", account.Read), ("loaded_rows", account.Loaded));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
