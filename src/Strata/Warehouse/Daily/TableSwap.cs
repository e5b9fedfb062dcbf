namespace Strata.Warehouse.Daily;

/// <summary>Puts a table rebuilt in full in place of the live one with EXCHANGE TABLES: one atomic rename, readers never see a half-built table.</summary>
internal static class TableSwap
{
    public static async Task ExchangeAsync(DailyRun run, string target, CancellationToken cancellationToken)
    {
        // On a cluster, every node's replica of the staging table must hold what this node wrote before it is swapped in.
        await run.ExecuteIfDefinedAsync("warehouse/daily/load/sync_staging.sql", cancellationToken, ("staging", target + "_staging"));
        await run.ExecuteAsync("warehouse/daily/load/exchange_tables.sql", cancellationToken, ("target", target), ("staging", target + "_staging"));
        DailyLog.TableExchanged(run.Logger, target);
    }
}
