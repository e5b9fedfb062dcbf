using System.Globalization;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Querying;
using Strata.Reports;

namespace Strata.Tests.Archive.Analytics;

/// <summary>Every historical report and BI view on the archive returns what an independent C# computation over the same history says.</summary>
public sealed class HistoricalReportTests(ArchivedHistory archived) : IClassFixture<ArchivedHistory>
{
    private ExpectedReports Expected => new(archived.History);

    private Dictionary<string, Func<List<object?[]>>> ExpectedByReport => new()
    {
        ["quarterly_trends"] = Expected.QuarterlyTrends,
        ["seasonal_top_customers"] = Expected.SeasonalTopCustomers,
        ["category_revenue_by_year"] = Expected.CategoryRevenueByYear,
        ["cohort_retention"] = Expected.CohortRetention,
        ["regional_comparison"] = Expected.RegionalComparison,
        ["category_seasonality"] = Expected.CategorySeasonality,
        ["sales_forecast"] = Expected.SalesForecast,
        ["forecast_backtest"] = Expected.ForecastBacktest,
        ["returns_by_product"] = Expected.ReturnsByProduct,
        ["returns_by_category"] = Expected.ReturnsByCategory,
    };

    public static TheoryData<string> ReportNames() => [.. ReportCatalogue.ForTier(Tier.Archive).Select(r => r.Name)];

    [Fact]
    public void Every_report_has_an_independent_computation()
    {
        Assert.Equal(ExpectedByReport.Keys.Order(StringComparer.Ordinal),
            ReportCatalogue.ForTier(Tier.Archive).Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public async Task Report_matches_the_independent_computation(string report)
    {
        // As `strata report` runs it: under the filter of everything.
        var actual = await ReadAsync(await ReportCatalogue.ForTier(Tier.Archive).Single(r => r.Name == report)
            .RunAsync(new PostgresSqlTier("greenplum", archived.Archive.Database), ReportFilter.Everything, CancellationToken.None));

        Assert.NotEmpty(actual);
        Assert.Equal(Normalise(ExpectedByReport[report]()), actual);
    }

    /// <summary>
    /// Under a filter whose days cut months in two, the reports read whole months from the monthly summary and the cut
    /// months from the sales themselves: both together equal the computation over the sales the filter keeps.
    /// </summary>
    [Theory]
    [InlineData("quarterly_trends", "2022-03-17", "2023-11-05", "", "")]
    [InlineData("quarterly_trends", "2022-01-01", "2024-03-31", "Games", "South")]
    [InlineData("cohort_retention", "2022-02-10", "2023-09-20", "", "North")]
    [InlineData("category_seasonality", "2022-05-31", "2023-05-01", "Toys", "")]
    [InlineData("category_seasonality", "2023-06-03", "2023-06-25", "", "")]
    public async Task A_filtered_report_matches_the_independent_computation_over_the_sales_the_filter_keeps(
        string report, string from, string to, string category, string region)
    {
        var filter = new ReportFilter(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture), category, region);
        var expected = new ExpectedReports(archived.History, filter);
        Func<List<object?[]>> expectation = report switch
        {
            "quarterly_trends" => expected.QuarterlyTrends,
            "cohort_retention" => expected.CohortRetention,
            _ => expected.CategorySeasonality,
        };

        var actual = await ReadAsync(await ReportCatalogue.ForTier(Tier.Archive).Single(r => r.Name == report)
            .RunAsync(new PostgresSqlTier("greenplum", archived.Archive.Database), filter, CancellationToken.None));

        Assert.NotEmpty(actual);
        Assert.Equal(Normalise(expectation()), actual);
    }

    [Fact]
    public async Task Customer_demographics_view_matches_the_independent_computation()
    {
        var actual = await QueryAsync("SELECT * FROM bi_customer_demographics ORDER BY age_band, gender, region");

        Assert.Equal(Normalise(Expected.CustomerDemographics()), actual);
    }

    [Theory]
    [InlineData("bi_sales_by_month")]
    [InlineData("bi_sales_by_region")]
    [InlineData("bi_sales_by_product")]
    public async Task Sales_views_add_up_to_every_archived_sale(string view)
    {
        var totals = await QueryAsync($"SELECT sum(revenue), sum(sales), sum(units) FROM {view}");

        Assert.Equal(
            Normalise([[archived.History.Sales.Sum(s => s.Revenue), archived.History.Sales.Count, archived.History.Sales.Sum(s => s.Quantity)]]),
            totals);
    }

    [Fact]
    public async Task A_sale_is_reported_in_the_region_its_customer_lived_in_at_the_time()
    {
        var regions = await QueryAsync(
            "SELECT DISTINCT region FROM bi_sales_detail WHERE customer_id = 5 AND sale_date < '2023-07-01 00:00:00+00' " +
            "UNION ALL SELECT DISTINCT region FROM bi_sales_detail WHERE customer_id = 5 AND sale_date >= '2023-07-01 00:00:00+00'");

        Assert.Equal(Normalise([["North"], ["South"]]), regions);
    }

    private async Task<List<object?[]>> QueryAsync(string sql) =>
        await ReadAsync(await new PostgresSqlTier("greenplum", archived.Archive.Database).QueryAsync(sql, null, CancellationToken.None));

    private static async Task<List<object?[]>> ReadAsync(TabularResult result)
    {
        await using var _ = result;
        var rows = new List<object?[]>();
        await foreach (var row in result.Rows)
        {
            rows.Add([.. row.Select(Cell)]);
        }
        return rows;
    }

    /// <summary>One spelling per value so SQL results and C# values compare: numbers as decimal (sum(bigint) is numeric), dates as DateTime.</summary>
    private static List<object?[]> Normalise(List<object?[]> rows) => [.. rows.Select(row => row.Select(Cell).ToArray())];

    private static object? Cell(object? value) => value switch
    {
        short or int or long => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        _ => value,
    };
}
