using Npgsql;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Raw;

/// <summary>
/// The reconciliation ledger (load_ledger, in the raw tier, R6.3): one row per target table per load, written by
/// every pipeline with the tier it loaded. Its CHECK refuses an account that does not add up.
/// </summary>
public static class LoadLedger
{
    /// <summary>Records the accounts inside the caller's transaction on <paramref name="connection"/>.</summary>
    public static async Task RecordAsync(
        NpgsqlConnection connection, Guid runId, Tier tier, string pipeline, IEnumerable<TableAccount> accounts, CancellationToken cancellationToken)
    {
        var sql = SqlCatalog.Read("raw/ledger/record.sql");
        foreach (var account in accounts)
        {
            await connection.ExecuteAsync(sql, cancellationToken,
                ("run_id", runId), ("tier", tier.EngineName()), ("step", pipeline), ("target_table", account.Table), ("source", account.Source),
                ("read_rows", account.Read), ("loaded_rows", account.Loaded), ("duplicate_rows", account.Duplicates),
                ("quarantined_rows", account.Quarantined));
        }
    }

    /// <summary>Records the accounts in one transaction of their own.</summary>
    public static async Task RecordAsync(
        PostgresDatabase raw, Guid runId, Tier tier, string pipeline, IReadOnlyList<TableAccount> accounts, CancellationToken cancellationToken)
    {
        await using var connection = await raw.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await RecordAsync(connection, runId, tier, pipeline, accounts, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
