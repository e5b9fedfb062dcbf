using Strata.Configuration;

namespace Strata.Reports;

/// <summary>
/// Every report Strata ships, by tier. A tier adds its reports here and as SQL files under
/// sql/reports/TIER/ (a test keeps the two in step); `strata report --tier TIER` runs them all.
/// </summary>
public static class ReportCatalogue
{
    public static IReadOnlyList<Report> All { get; } =
    [
        new("revenue_by_category", Tier.Warehouse, "Revenue by product category"),
        new("purchases_by_demographics", Tier.Warehouse, "Purchases by age band, gender, region and city"),
        new("sales_trend_daily", Tier.Warehouse, "Daily sales with 7-day moving average and day-over-day change"),
        new("sales_trend_weekly", Tier.Warehouse, "Weekly sales with 4-week moving average and week-over-week change"),
        new("sales_trend_monthly", Tier.Warehouse, "Monthly sales with 3-month moving average, month-over-month and year-over-year change"),
        new("top_products", Tier.Warehouse, "Top 20 products by revenue"),
        new("top_customers", Tier.Warehouse, "Top 20 customers by revenue"),
        new("returns_by_product", Tier.Warehouse, "Returns, net revenue and return rate by product"),
        new("returns_by_category", Tier.Warehouse, "Returns, net revenue and return rate by category"),
        new("quarterly_trends", Tier.Archive, "Quarter-over-quarter and year-over-year trend of revenue, sales and customers"),
        new("seasonal_top_customers", Tier.Archive, "The 10 customers who buy most in each season"),
        new("category_revenue_by_year", Tier.Archive, "Average revenue by category per year, with peak month and seasonality index"),
        new("cohort_retention", Tier.Archive, "Share of each first-purchase quarter's customers buying again 1, 2, 3... quarters later"),
        new("regional_comparison", Tier.Archive, "Regions compared year by year: share, rank and change"),
        new("category_seasonality", Tier.Archive, "Seasonal index of each category by month of the year"),
        new("sales_forecast", Tier.Archive, "Revenue forecast for the next six months, seasonal naive x trend"),
        new("forecast_backtest", Tier.Archive, "The forecast's error on the last six complete months, next to the seasonal-naive baseline"),
        new("returns_by_product", Tier.Archive, "Returns, net revenue and return rate by product"),
        new("returns_by_category", Tier.Archive, "Returns, net revenue and return rate by category"),
    ];

    /// <summary>The tiers that have reports, for the command's --tier choices.</summary>
    public static IReadOnlyList<Tier> Tiers { get; } = [.. All.Select(report => report.Tier).Distinct()];

    public static IReadOnlyList<Report> ForTier(Tier tier) => [.. All.Where(report => report.Tier == tier)];
}
