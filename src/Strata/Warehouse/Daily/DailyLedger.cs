using Npgsql;
using Strata.ClickHouse;
using Strata.Sql;

namespace Strata.Warehouse.Daily;

/// <summary>Writes the run's row accounts to PostgreSQL's load_ledger (tier 'clickhouse'), in one transaction.</summary>
internal static class DailyLedger
{
    public static async Task RecordAsync(DailyRun run, CancellationToken cancellationToken)
    {
        var sql = SqlCatalog.Read("raw/daily/record_ledger.sql");
        await using var connection = await run.Raw.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var account in run.Accounts)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = run.RunId });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = account.Table });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = account.Source });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = account.Read });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = account.Loaded });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = account.Duplicates });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = account.Quarantined });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
