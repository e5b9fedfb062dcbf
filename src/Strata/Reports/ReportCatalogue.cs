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
        new("quarterly_trends", "greenplum", "Quarter-over-quarter and year-over-year trend of revenue, sales and customers (R8.3, R8.5)"),
        new("seasonal_top_customers", "greenplum", "The 10 customers who buy most in each season (R8.3)"),
        new("category_revenue_by_year", "greenplum", "Average revenue by category per year, with peak month and seasonality index (R8.3)"),
        new("cohort_retention", "greenplum", "Share of each first-purchase quarter's customers buying again 1, 2, 3... quarters later (R8.3)"),
        new("regional_comparison", "greenplum", "Regions compared year by year: share, rank and change (R8.3)"),
        new("category_seasonality", "greenplum", "Seasonal index of each category by month of the year (R8.3)"),
        new("sales_forecast", "greenplum", "Revenue forecast for the next six months, seasonal naive x trend (R8.3)"),
    ];

    /// <summary>The tiers that have reports, for the command's --tier choices.</summary>
    public static IReadOnlyList<string> Tiers { get; } = [.. All.Select(report => report.Tier).Distinct()];

    public static IReadOnlyList<Report> ForTier(string tier) => [.. All.Where(report => report.Tier == tier)];
}
