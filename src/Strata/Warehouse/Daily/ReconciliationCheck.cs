using System.Globalization;
using Strata.Quality;
using Strata.Querying;
using Strata.Sql;

namespace Strata.Warehouse.Daily;

/// <summary>What reconciling a stretch of days found: how many days were compared and every figure that differed.</summary>
public sealed record ReconciliationFindings(int DaysChecked, IReadOnlyList<DayMismatch> Mismatches);

/// <summary>
/// Cross-tier reconciliation (R3.3, R6.3) as a check like the others, guarding the daily run's reconcile step:
/// per day, fact_sales holds PostgreSQL's rows, distinct sale_ids, units and revenue, less what the load
/// quarantined and the older duplicates it set aside. Inside a run the reconcile step has computed the findings
/// (with its own set-aside rows); on its own the check compares fact_sales with the raw tier less every sale
/// ClickHouse quarantined, and assumes no duplicates were set aside (a raw tier with its primary key has none).
/// </summary>
public static class ReconciliationCheck
{
    public const string FindingsKey = "reconciliation.findings";

    private const int MismatchesShown = 10;

    public static DataCheck Check { get; } = new("reconciliation_fact_sales", "warehouse.fact_sales", Severity.Error,
        "Per day, fact_sales holds PostgreSQL's rows, distinct sale_ids, units and revenue, less what the load quarantined or set aside.",
        async (scope, ct) =>
        {
            var findings = await scope.RecallAsync(FindingsKey, () => StandaloneAsync(scope, ct));
            var mismatches = findings.Mismatches;
            var observed = mismatches.Count == 0
                ? $"{findings.DaysChecked.ToString(CultureInfo.InvariantCulture)} day(s) match"
                : $"{mismatches.Count} mismatch(es) on {mismatches.Select(m => m.Date).Distinct().Count()} day(s): "
                    + string.Join("; ", mismatches.Take(MismatchesShown)) + (mismatches.Count > MismatchesShown ? "; ..." : "");
            return Check!.Result(mismatches.Count, observed, "every figure equal on every day");
        });

    private static async Task<ReconciliationFindings> StandaloneAsync(CheckScope scope, CancellationToken cancellationToken)
    {
        var days = new ClickHouse.ClickHouseParameters { ["first_day"] = scope.First, ["last_day"] = scope.Last };
        await using var facts = await scope.Warehouse.QueryAsync(SqlCatalog.Read("warehouse/checks/fact_sales_day_figures.sql"), days, cancellationToken);
        var clickHouse = (await facts.ReadAllAsync(row => new DayFigures(
            row.Day("sale_day"), row.Number("rows"), row.Number("sale_ids"), row.Number("units"), row.Amount("revenue")), cancellationToken))
            .ToDictionary(day => day.Day);
        await using var ids = await scope.Warehouse.QueryAsync(SqlCatalog.Read("warehouse/checks/quarantined_sale_ids.sql"), null, cancellationToken);
        var quarantinedIds = await ids.ReadAllAsync(row => row.Number("sale_id"), cancellationToken);
        var quarantined = await RawDayFigures.ReadOfSalesAsync(scope.Raw, quarantinedIds, cancellationToken);
        var raw = await RawDayFigures.ReadAsync(scope.Raw, [new DailyRange(scope.First, scope.Last)], cancellationToken);
        var mismatches = raw.Keys.Order()
            .SelectMany(day => (clickHouse.GetValueOrDefault(day) ?? new DayFigures(day, 0, 0, 0, 0))
                .CompareWith(raw[day].Minus(quarantined.GetValueOrDefault(day)), new DayFigures(day, 0, 0, 0, 0)))
            .ToList();
        return new ReconciliationFindings(raw.Count, mismatches);
    }
}
