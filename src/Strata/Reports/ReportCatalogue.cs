namespace Strata.Reports;

/// <summary>
/// Every report Strata ships, by tier. A tier adds its reports here and as SQL files under
/// sql/reports/TIER/ (a test keeps the two in step); `strata report --tier TIER` runs them all.
/// </summary>
public static class ReportCatalogue
{
    public static IReadOnlyList<Report> All { get; } =
    [
        new("revenue_by_category", "clickhouse", "Revenue by product category (R8.2)"),
        new("purchases_by_demographics", "clickhouse", "Purchases by age band, gender, region and city (R8.2)"),
        new("sales_trend_daily", "clickhouse", "Daily sales with 7-day moving average and day-over-day change (R8.2, R8.5)"),
        new("sales_trend_weekly", "clickhouse", "Weekly sales with 4-week moving average and week-over-week change (R8.2, R8.5)"),
        new("sales_trend_monthly", "clickhouse", "Monthly sales with 3-month moving average, month-over-month and year-over-year change (R8.2, R8.5)"),
        new("top_products", "clickhouse", "Top 20 products by revenue (R8.2)"),
        new("top_customers", "clickhouse", "Top 20 customers by revenue (R8.2)"),
    ];

    /// <summary>The tiers that have reports, for the command's --tier choices.</summary>
    public static IReadOnlyList<string> Tiers { get; } = [.. All.Select(report => report.Tier).Distinct()];

    public static IReadOnlyList<Report> ForTier(string tier) => [.. All.Where(report => report.Tier == tier)];
}
