using Strata.Configuration;
using Strata.Pipeline;
using Strata.Raw;

namespace Strata.Warehouse.Daily;

/// <summary>
/// Reconcile (R3.3, R6.3): per affected day, fact_sales's rows, distinct sale_ids, units and revenue against
/// PostgreSQL's after the documented cleaning (quarantined sale_ids left out, older duplicates set aside).
/// PostgreSQL computes its own figures in its own engine, one row per day (read while ClickHouse transformed and
/// loaded, less the quarantined sale_ids' figures). The row accounts go to the load ledger; the findings go to the
/// step's check (<see cref="ReconciliationCheck"/>), which fails the step on any mismatch, naming the day and figure.
/// </summary>
internal sealed class ReconcileStep : IStep<DailyRun>
{
    public string Name => "reconcile";

    public async Task<StepRows> RunAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await run.ResumeAsync(cancellationToken);
        if (run.Accounts.Count == 0)
        {
            await run.ReadAccountsAsync(cancellationToken);
        }
        var clickHouse = await run.QueryAsync("warehouse/daily/reconcile/day_figures.sql", row => (
            Kept: new DayFigures(row.Day("sale_day"), row.Number("rows"), row.Number("sale_ids"), row.Number("units"), row.Amount("revenue")),
            SetAside: new DayFigures(row.Day("sale_day"), row.Number("duplicate_rows"), 0, row.Number("duplicate_units"), row.Amount("duplicate_revenue"))),
            cancellationToken);
        var quarantinedSaleIds = await run.QueryAsync("warehouse/daily/reconcile/quarantined_sale_ids.sql", row => row.Number("sale_id"), cancellationToken);
        var quarantined = await RawDayFigures.ReadOfSalesAsync(run.Raw, quarantinedSaleIds, cancellationToken);
        var postgres = (await run.RawFiguresAsync(cancellationToken))
            .ToDictionary(day => day.Key, day => day.Value.Minus(quarantined.GetValueOrDefault(day.Key)));

        var mismatches = clickHouse
            .SelectMany(day => day.Kept.CompareWith(postgres[day.Kept.Day], day.SetAside))
            .ToList();
        await LoadLedger.RecordAsync(run.Raw, run.RunId, Tier.Warehouse, DailyRunner.Pipeline, run.Accounts, cancellationToken);
        run.Reconciliation = new Reconciliation(mismatches.Count == 0, clickHouse.Count, mismatches, run.Accounts);
        run.Checks.Remember(ReconciliationCheck.FindingsKey, new ReconciliationFindings(clickHouse.Count, mismatches));
        DailyLog.Reconciled(run.Logger, clickHouse.Count, mismatches.Count);
        return new StepRows(clickHouse.Sum(day => day.Kept.Rows), postgres.Values.Sum(day => day.Rows));
    }
}
