using System.Globalization;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Quality;

/// <summary>
/// Anomaly checks on the day a daily run loads (the last day of its partition), read from the raw tier, severity
/// warn (recorded and notified; the run goes on): freshness (the day has sales at all), volume (the day's sales
/// against the same weekday of the trailing weeks) and revenue (the same for revenue). A day with no history to
/// compare with passes, saying so.
/// </summary>
public static class AnomalyChecks
{
    private const string Dataset = "raw.sales_data";

    private const string FiguresKey = "anomaly.same_weekday_figures";

    public static DataCheck Freshness { get; } = new("freshness_sales_data", Dataset, Severity.Warn,
        "The logical date has sales: none means the source stopped sending or the ingest fell behind.",
        async (scope, ct) =>
        {
            var figures = await FiguresAsync(scope, ct);
            var sales = figures[0].Sales;
            return Freshness!.Result(sales > 0, $"{Count(sales)} sale(s) on {scope.Last:yyyy-MM-dd}", "at least 1");
        });

    public static DataCheck Volume { get; } = new("volume_sales_data", Dataset, Severity.Warn,
        "The logical date's number of sales is within the band around the same weekday's average of the trailing weeks.",
        (scope, ct) => BandAsync(Volume!, scope, figures => figures.Sales, scope.Bands.VolumeLow, scope.Bands.VolumeHigh, ct));

    public static DataCheck Revenue { get; } = new("revenue_jump_sales_data", Dataset, Severity.Warn,
        "The logical date's revenue is within the band around the same weekday's average of the trailing weeks.",
        (scope, ct) => BandAsync(Revenue!, scope, figures => figures.Revenue, scope.Bands.RevenueLow, scope.Bands.RevenueHigh, ct));

    public static IEnumerable<DataCheck> All() => [Freshness, Volume, Revenue];

    private static async Task<CheckResult> BandAsync(
        DataCheck check, CheckScope scope, Func<DayFigures, decimal> measure, double low, double high, CancellationToken cancellationToken)
    {
        var figures = await FiguresAsync(scope, cancellationToken);
        var history = figures.Skip(1).Where(week => week.Sales > 0).Select(measure).ToList();
        var today = measure(figures[0]);
        if (history.Count == 0)
        {
            return check.Result(true, $"{Amount(today)} on {scope.Last:yyyy-MM-dd}; no sales on that weekday in the {scope.Bands.TrailingWeeks} weeks before",
                "history to compare with");
        }
        var average = history.Average();
        var ratio = average == 0 ? 0 : (double)(today / average);
        return check.Result(ratio >= low && ratio <= high,
            $"{Amount(today)} on {scope.Last:yyyy-MM-dd}, {ratio.ToString("0.00", CultureInfo.InvariantCulture)}x the weekday average of {Amount(average)}",
            $"between {low.ToString("0.##", CultureInfo.InvariantCulture)}x and {high.ToString("0.##", CultureInfo.InvariantCulture)}x");
    }

    private sealed record DayFigures(long Sales, decimal Revenue);

    /// <summary>
    /// Starts reading the checks' evidence now (a daily run's extract, while ClickHouse works and PostgreSQL is idle);
    /// the checks after the step wait for it.
    /// </summary>
    public static Task StartReading(CheckScope scope, CancellationToken cancellationToken) =>
        scope.StartComputing(FiguresKey, () => ReadFiguresAsync(scope, cancellationToken));

    /// <summary>The day and the same weekday of the trailing weeks (index 0 is the day), read once per scope.</summary>
    private static Task<List<DayFigures>> FiguresAsync(CheckScope scope, CancellationToken cancellationToken) =>
        scope.RecallAsync(FiguresKey, () => ReadFiguresAsync(scope, cancellationToken));

    private static Task<List<DayFigures>> ReadFiguresAsync(CheckScope scope, CancellationToken cancellationToken) =>
        scope.Raw.ReadAsync(SqlCatalog.Read("raw/checks/same_weekday_figures.sql"),
            reader => new DayFigures(reader.Column<long>("sales"), reader.Column<decimal>("revenue")),
            cancellationToken, ("day", scope.Last), ("weeks", scope.Bands.TrailingWeeks));

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);
}
