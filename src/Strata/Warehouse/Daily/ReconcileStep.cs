using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Raw;

namespace Strata.Warehouse.Daily;

/// <summary>
/// Reconcile (R3.3, R6.3): per affected day, fact_sales's rows, distinct sale_ids, units and revenue must
/// equal PostgreSQL's after the documented cleaning (quarantined sale_ids left out, older duplicates set
/// aside). PostgreSQL computes its own figures in its own engine, one row per day (read while ClickHouse
/// transformed and loaded, less the quarantined sale_ids' figures). The row accounts go to the load ledger;
/// any mismatch fails the step with the day and the figures.
/// </summary>
internal sealed class ReconcileStep : IStep<DailyRun>
{
    private const int MismatchesInMessage = 10;

    public string Name => "reconcile";

    public async Task<StepRows> RunAsync(DailyRun run, CancellationToken cancellationToken)
    {
        var clickHouse = await run.QueryAsync("warehouse/daily/reconcile/day_figures.sql", row => (
            Kept: new DayFigures(row.Day("sale_day"), row.Number("rows"), row.Number("sale_ids"), row.Number("units"), row.Amount("revenue")),
            SetAside: new DayFigures(row.Day("sale_day"), row.Number("duplicate_rows"), 0, row.Number("duplicate_units"), row.Amount("duplicate_revenue"))),
            cancellationToken);
        var quarantinedSaleIds = await run.QueryAsync("warehouse/daily/reconcile/quarantined_sale_ids.sql", row => row.Number("sale_id"), cancellationToken);
        var quarantined = await RawDayFigures.ReadOfSalesAsync(run, quarantinedSaleIds, cancellationToken);
        var postgres = (await run.RawFiguresAsync().WaitAsync(cancellationToken))
            .ToDictionary(day => day.Key, day => day.Value.Minus(quarantined.GetValueOrDefault(day.Key)));

        var mismatches = clickHouse
            .SelectMany(day => day.Kept.CompareWith(postgres[day.Kept.Day], day.SetAside))
            .ToList();
        await LoadLedger.RecordAsync(run.Raw, run.RunId, Tier.Warehouse, DailyRunner.Pipeline, run.Accounts, cancellationToken);
        run.Reconciliation = new Reconciliation(mismatches.Count == 0, clickHouse.Count, mismatches, run.Accounts);
        DailyLog.Reconciled(run.Logger, clickHouse.Count, mismatches.Count);
        if (mismatches.Count > 0)
        {
            throw new StrataException($"Reconciliation failed on {mismatches.Select(m => m.Date).Distinct().Count()} day(s): "
                + string.Join("; ", mismatches.Take(MismatchesInMessage)) + (mismatches.Count > MismatchesInMessage ? "; ..." : "."));
        }
        return new StepRows(clickHouse.Sum(day => day.Kept.Rows), postgres.Values.Sum(day => day.Rows));
    }
}
