using Strata.Pipeline;

namespace Strata.Warehouse.Daily;

/// <summary>
/// Load: the dimensions and the returns are exchanged in whole; the months of fact_sales the run touched are completed in
/// staging (the transform's rebuilt days plus the kept days) and swapped in with REPLACE PARTITION (or exchanged
/// whole when the run rebuilt every month); the run's rejects replace the quarantine rows of the days (and
/// dimensions) it rebuilt; the sales aggregates are recomputed for the rebuilt days and swapped in the same way; the
/// summaries are rebuilt from them for the months (or weeks) of those days. Every swap is atomic (per table or per partition) and
/// idempotent, so a crash at any point is repaired by running again. Correctness never waits for a background merge.
/// </summary>
internal sealed class LoadStep : IStep<DailyRun>
{
    public string Name => "load";

    public async Task<StepRows> RunAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await run.ResumeAsync(cancellationToken);
        if (run.Accounts.Count == 0)
        {
            await run.ReadAccountsAsync(cancellationToken);
        }
        await TableSwap.ExchangeAsync(run, "dim_customer", cancellationToken);
        await TableSwap.ExchangeAsync(run, "dim_product", cancellationToken);
        await TableSwap.ExchangeAsync(run, "fact_returns", cancellationToken);

        await run.ExecuteAsync("warehouse/daily/load/fact_sales_kept_rows.sql", cancellationToken);
        var swappedMonthsRows = await run.CountAsync("fact_sales_staging", cancellationToken);
        await run.Options.Checkpoints.AtAsync("load.staged", cancellationToken);
        await SalesAggregates.MarkPendingAsync(run, cancellationToken);
        await PartitionSwap.SwapAsync(run, "fact_sales", "fact_sales_partitions.sql", cancellationToken);
        await run.Options.Checkpoints.AtAsync("load.swapped", cancellationToken);

        await run.ExecuteAsync("warehouse/daily/load/quarantine_staging.sql", cancellationToken,
            ("logical_date", run.Range.To), ("run_id", run.RunId), ("quarantined_at", run.ExtractStartedAt));
        await PartitionSwap.SwapAsync(run, "quarantine", "quarantine_partitions.sql", cancellationToken);

        await SalesAggregates.RebuildAsync(run, cancellationToken);
        await run.Options.Checkpoints.AtAsync("aggregated", cancellationToken);
        await DailySummaries.RebuildAsync(run, cancellationToken);
        await SalesAggregates.ClearPendingAsync(run, cancellationToken);
        await run.Options.Checkpoints.AtAsync("loaded", cancellationToken);

        var rebuilt = run.Accounts.Single(account => account.Table == "fact_sales").Loaded;
        return new StepRows(rebuilt, swappedMonthsRows);
    }
}
