using Strata.Pipeline;

namespace Strata.Warehouse.Daily;

/// <summary>
/// Extract: ClickHouse pulls from PostgreSQL itself (postgresql() table function). It finds the sales changed
/// since the last watermark (minus the overlap), widens the requested days by the days those changes touch,
/// and pulls every affected day whole, one range condition per run of consecutive days, plus both
/// dimensions and the returns in full. Everything lands in working tables recreated empty, so a re-run starts clean.
/// </summary>
internal sealed class ExtractStep : IStep<DailyRun>
{
    private const string Folder = "warehouse/daily/";

    public string Name => "extract";

    public async Task<StepRows> RunAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await WarehouseSchema.EnsureAsync(run.Warehouse, run.Options.Sql, cancellationToken);
        // Before the working tables are recreated: a second run must not recreate them under the first.
        await run.HoldRunLockAsync(cancellationToken);
        // Read from PostgreSQL while ClickHouse recreates the working tables: its clock (the watermark: read before the
        // pulls, which is all it must be) and the evidence of the checks that guard this step.
        var clock = DailyRunHistory.PostgresClockAsync(run, cancellationToken);
        run.StartReadingAnomalyFigures();
        // The working tables and the staging copies are independent of one another: recreated together, since each
        // statement mostly waits on the engine (on its own table's load, in a fresh process). Then, in order, what uses them.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(run.Options.Sql.List(Folder + "setup/tables"), options, async (statement, ct) => await run.ExecuteAsync(statement, ct));
        foreach (var statement in run.Options.Sql.List(Folder + "setup/then"))
        {
            await run.ExecuteAsync(statement, cancellationToken);
        }
        var watermark = await DailyRunHistory.LastWatermarkAsync(run, cancellationToken);
        run.ExtractStartedAt = await clock;
        var since = watermark - run.Options.Overlap;
        if (since is { } changedSince)
        {
            DailyLog.Started(run.Logger, run.RunId, run.Range, changedSince, run.Warehouse.Description);
            await run.PullAsync(Folder + "extract/changed_sales.sql", cancellationToken, ("since", changedSince));
        }
        else
        {
            DailyLog.StartedFirst(run.Logger, run.RunId, run.Range, run.Warehouse.Description);
        }
        await run.ExecuteAsync(Folder + "extract/affected_dates.sql", cancellationToken, ("from", run.Range.From), ("to", run.Range.To));
        await run.ReadAffectedRangesAsync(cancellationToken);
        await run.ExecuteAsync(Folder + "state/record.sql", cancellationToken,
            ("run_id", run.RunId), ("first_day", run.Range.From), ("last_day", run.Range.To), ("extract_started_at", run.ExtractStartedAt));
        var dayCount = run.AffectedDays.Count();
        DailyLog.AffectedDays(run.Logger, dayCount, run.AffectedRanges.Count, run.AffectedRanges[0].From, run.AffectedRanges[^1].To);
        // The dimensions are small and independent of the sales: pulled alongside them, each on a connection
        // of its own, so they add no time to the run.
        await Task.WhenAll(
            PullSalesAsync(run, cancellationToken),
            run.PullAsync(Folder + "extract/customers.sql", cancellationToken),
            run.PullAsync(Folder + "extract/products.sql", cancellationToken),
            run.PullAsync(Folder + "extract/returns.sql", cancellationToken, ("loaded_at", run.ExtractStartedAt)));
        run.StartReadingRawFigures();
        await run.Options.Checkpoints.AtAsync("extracted", cancellationToken);

        long landed = 0;
        foreach (var table in (string[])["daily_landing_sales", "daily_landing_customers", "daily_landing_products"])
        {
            landed += await run.CountAsync(table, cancellationToken);
        }
        return new StepRows(landed, landed);
    }

    private static async Task PullSalesAsync(DailyRun run, CancellationToken cancellationToken)
    {
        foreach (var days in run.AffectedRanges)
        {
            await run.PullAsync(Folder + "extract/sales.sql", cancellationToken, ("first_day", days.From), ("last_day", days.To));
        }
    }
}
