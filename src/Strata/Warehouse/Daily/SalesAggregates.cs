namespace Strata.Warehouse.Daily;

/// <summary>
/// The sales aggregates, which the summaries merge instead of scanning every fact: sales_cube (per day), product_months
/// and customer_months (per month), kept between runs and partitioned by month. A run recomputes only the days it
/// rebuilt in fact_sales (plus any a crashed run left pending): those days' facts in sales_cube, their months' facts in
/// the month aggregates; every day when the dimension attributes sales_cube groups by changed, which their fingerprint
/// tells. The days are marked pending before fact_sales changes and cleared once every aggregate, and every summary
/// rebuilt from them by the month or week (<see cref="DailySummaries"/>), holds them again, so neither stays behind
/// fact_sales whatever the point a run stopped at.
/// </summary>
internal static class SalesAggregates
{
    private const string Folder = "warehouse/daily/load/";

    /// <summary>Each aggregate with the query that says which of its month partitions to swap.</summary>
    private static readonly (string Table, string PartitionsSql)[] Aggregates =
    [
        ("sales_cube", "recomputed_month_partitions.sql"),
        ("product_months", "recomputed_month_partitions.sql"),
        ("customer_months", "recomputed_month_partitions.sql"),
    ];

    /// <summary>Before fact_sales changes: this run's affected days are pending in the aggregates.</summary>
    public static Task MarkPendingAsync(DailyRun run, CancellationToken cancellationToken) =>
        run.ExecuteAsync(Folder + "mark_pending_days.sql", cancellationToken);

    public static async Task RebuildAsync(DailyRun run, CancellationToken cancellationToken)
    {
        var (fingerprint, everyDay) = (await run.QueryAsync(Folder + "dimensions_fingerprint.sql",
            row => (Current: row.Number("current_fingerprint"), EveryDay: row.Number("every_day") == 1), cancellationToken))[0];
        await run.ExecuteAsync(Folder + (everyDay ? "aggregate_every_day.sql" : "aggregate_pending_days.sql"), cancellationToken);
        // The aggregates are independent of one another: built and swapped concurrently, each still atomically.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Aggregates, options, async (aggregate, ct) =>
        {
            await run.ExecuteAsync($"{Folder}{aggregate.Table}.sql", ct);
            await PartitionSwap.SwapAsync(run, aggregate.Table, aggregate.PartitionsSql, ct);
        });
        if (everyDay)
        {
            await run.ExecuteAsync(Folder + "record_dimensions.sql", cancellationToken, ("fingerprint", fingerprint), ("recorded_at", run.ExtractStartedAt));
        }
    }

    /// <summary>After the summaries: the aggregates and everything derived from them hold the pending days again.</summary>
    public static Task ClearPendingAsync(DailyRun run, CancellationToken cancellationToken) =>
        run.ExecuteAsync(Folder + "clear_pending_days.sql", cancellationToken);
}
