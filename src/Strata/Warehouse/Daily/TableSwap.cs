namespace Strata.Warehouse.Daily;

/// <summary>Puts a table rebuilt in full in place of the live one with EXCHANGE TABLES: one atomic rename, readers never see a half-built table.</summary>
internal static class TableSwap
{
    public static async Task ExchangeAsync(DailyRun run, string target, CancellationToken cancellationToken)
    {
        await run.ExecuteAsync("warehouse/daily/load/exchange_tables.sql", cancellationToken, ("target", target), ("staging", target + "_staging"));
        DailyLog.TableExchanged(run.Logger, target);
    }
}
