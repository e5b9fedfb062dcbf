namespace Strata.ClickHouse.Daily;

/// <summary>
/// Load: the dimensions are swapped in whole; the months of fact_sales the run touched are rebuilt in
/// staging (kept days + rebuilt days) and swapped in with REPLACE PARTITION; then the summaries are rebuilt
/// from the new facts. Every swap is atomic per partition and idempotent, so a crash at any point is
/// repaired by running again. Correctness never waits for a background merge.
/// </summary>
internal sealed class LoadStep : IDailyStep
{
    public string Name => "load";

    public async Task<StepRows> RunAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await PartitionSwap.WholeTableAsync(run, "dim_customer", "dim_customer_staging", cancellationToken);
        await PartitionSwap.WholeTableAsync(run, "dim_product", "dim_product_staging", cancellationToken);

        await run.ExecuteAsync("clickhouse/daily/load/fact_sales_staging.sql", cancellationToken);
        await run.Options.Checkpoint("load.staged", cancellationToken);
        await PartitionSwap.AffectedDaysAsync(run, "fact_sales", "fact_sales_staging", "sale_date", cancellationToken);
        await run.Options.Checkpoint("load.swapped", cancellationToken);

        await DailySummaries.RebuildAsync(run, cancellationToken);
        await run.Options.Checkpoint("loaded", cancellationToken);

        return new StepRows(await run.CountAsync("daily_clean_sales", cancellationToken), await run.CountAsync("fact_sales_staging", cancellationToken));
    }
}
