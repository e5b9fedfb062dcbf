using Strata.ClickHouse;
using Strata.Diagnostics;
using Strata.Pipeline;

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
            Kept: new DayFigures(DailyValues.Day(row[0]), DailyValues.Long(row[1]), DailyValues.Long(row[2]), DailyValues.Long(row[3]), DailyValues.Decimal(row[4])),
            SetAside: new DayFigures(DailyValues.Day(row[0]), DailyValues.Long(row[5]), 0, DailyValues.Long(row[6]), DailyValues.Decimal(row[7]))),
            cancellationToken);
        var quarantinedSaleIds = await run.QueryAsync("warehouse/daily/reconcile/quarantined_sale_ids.sql", row => DailyValues.Long(row[0]), cancellationToken);
        var quarantined = await RawDayFigures.ReadOfSalesAsync(run, quarantinedSaleIds, cancellationToken);
        var postgres = (await run.RawFiguresAsync().WaitAsync(cancellationToken))
            .ToDictionary(day => day.Key, day => day.Value.Minus(quarantined.GetValueOrDefault(day.Key)));

        var mismatches = clickHouse
            .SelectMany(day => day.Kept.CompareWith(postgres[day.Kept.Day], day.SetAside))
            .ToList();
        await DailyLedger.RecordAsync(run, cancellationToken);
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
