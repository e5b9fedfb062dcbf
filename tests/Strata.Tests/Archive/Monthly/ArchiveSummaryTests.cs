using Strata.Archive;

namespace Strata.Tests.Archive.Monthly;

/// <summary>
/// The archive's monthly summaries (decision 0010) through the whole monthly pipeline: after every run they hold exactly
/// what the test's own aggregation of the archived sales under the SCD2 versions valid at each sale's instant gives
/// (the summaries join the versions valid at each month's first instant instead), also when a later run changes the
/// versions earlier archived months' sales meet, when an archive older than the summaries is upgraded, and the
/// step refuses a month its summaries disagree with.
/// </summary>
public sealed class ArchiveSummaryTests(ArchivePipeline pipeline) : IClassFixture<ArchivePipeline>
{
    private static readonly ArchiveMonth January = new(2024, 1);
    private static readonly ArchiveMonth February = new(2024, 2);
    private static readonly ArchiveMonth March = new(2024, 3);

    /// <summary>Customer 11 buys in January but reaches ClickHouse's dim_customer only later.</summary>
    private const int LateCustomer = 11;

    /// <summary>
    /// The archived sales summed per month, customer and the category, country and region of the versions valid at each
    /// sale: written here from the tables, not from bi_sales_detail or the summary's SQL.
    /// </summary>
    private const string ExpectedByCustomerMonth = """
        SELECT date_trunc('month', s.sale_date AT TIME ZONE 'UTC')::date AS sale_month, s.customer_id,
               coalesce(p.category, 'unknown') AS category, coalesce(c.country, 'unknown') AS country, coalesce(c.region, 'unknown') AS region,
               count(*) AS sales, sum(s.quantity) AS units, sum(s.revenue) AS revenue,
               count(*) FILTER (WHERE p.product_id IS NULL OR c.customer_id IS NULL) AS sales_without_version
        FROM historical_sales s
        LEFT JOIN historical_products p ON p.product_id = s.product_id AND s.sale_date >= p.valid_from AND s.sale_date < p.valid_to
        LEFT JOIN historical_customers c ON c.customer_id = s.customer_id AND s.sale_date >= c.valid_from AND s.sale_date < c.valid_to
        GROUP BY 1, 2, 3, 4, 5
        ORDER BY 1, 2, 3, 4, 5
        """;

    private const string ActualByCustomerMonth = """
        SELECT sale_month, customer_id, category, country, region, sales, units, revenue, sales_without_version
        FROM historical_sales_by_customer_month
        ORDER BY 1, 2, 3, 4, 5
        """;

    private const string ExpectedByProductMonth = """
        SELECT date_trunc('month', sale_date AT TIME ZONE 'UTC')::date, product_id, count(*), sum(quantity), sum(revenue)
        FROM historical_sales GROUP BY 1, 2 ORDER BY 1, 2
        """;

    private const string ActualByProductMonth = "SELECT sale_month, product_id, sales, units, revenue FROM historical_sales_by_product_month ORDER BY 1, 2";

    [Fact]
    public async Task The_summaries_follow_every_version_a_later_run_gives_the_sales_of_earlier_months()
    {
        await pipeline.InsertSalesAsync([(9001, new DateTime(2024, 1, 20, 10, 0, 0, DateTimeKind.Utc), "P1", LateCustomer, 2, 12.50m)]);
        await RunAsync(January, February, March);
        await AssertSummariesEqualTheArchivedSalesAsync();
        Assert.Equal([[1L]], await pipeline.ArchiveRowsAsync(
            $"SELECT sales_without_version FROM historical_sales_by_customer_month WHERE customer_id = {LateCustomer}"));

        // Customer 4 moves, product P1 changes category, customer 11 arrives; February runs again: its merge opens versions
        // from February on for 4 and P1 (February's and March's sales now meet them) and one since -infinity for 11
        // (January's sale now meets it).
        await pipeline.ClickHouseAsync("ALTER TABLE dim_customer UPDATE city = 'Leipzig', region = 'East' WHERE customer_id = 4 SETTINGS mutations_sync = 2");
        await pipeline.ClickHouseAsync("ALTER TABLE dim_product UPDATE category = 'Outdoor' WHERE product_id = 'P1' SETTINGS mutations_sync = 2");
        await pipeline.ClickHouseAsync(
            "INSERT INTO dim_customer (customer_id, age, age_band, gender, city, region, country, registration_date, updated_at, loaded_at) VALUES "
            + $"({LateCustomer}, 40, 'x', 'F', 'Dresden', 'Saxony', 'Germany', '2023-05-01', now64(6), now64(6))");
        await RunAsync(February);

        await AssertSummariesEqualTheArchivedSalesAsync();
        Assert.Equal([["Saxony", 0L]], await pipeline.ArchiveRowsAsync(
            $"SELECT region, sales_without_version FROM historical_sales_by_customer_month WHERE customer_id = {LateCustomer}"));
        Assert.Equal([["East"]], await pipeline.ArchiveRowsAsync(
            $"SELECT DISTINCT region FROM historical_sales_by_customer_month WHERE customer_id = 4 AND sale_month = '{March.FirstDay:yyyy-MM-dd}'"));
        Assert.Equal([[$"{February.FirstDay:yyyy-MM-dd}"], [$"{March.FirstDay:yyyy-MM-dd}"]], await pipeline.ArchiveRowsAsync(
            "SELECT DISTINCT sale_month::text FROM historical_sales_by_customer_month WHERE category = 'Outdoor' ORDER BY 1"));
    }

    [Fact]
    public async Task An_archive_older_than_the_summaries_gains_them_filled_for_every_archived_month_by_the_next_run()
    {
        await RunAsync(January, February);
        await pipeline.Archive.Database.ExecuteAsync(
            "DROP TABLE historical_sales_by_customer_month, historical_sales_by_product_month CASCADE", CancellationToken.None);

        await RunAsync(March);

        await AssertSummariesEqualTheArchivedSalesAsync();
        Assert.Equal(3, (await pipeline.ArchiveRowsAsync("SELECT DISTINCT sale_month FROM historical_sales_by_product_month")).Count);
    }

    [Fact]
    public async Task A_month_whose_summaries_disagree_with_its_sales_fails_the_step_naming_it_and_keeps_its_previous_summaries()
    {
        await RunAsync(January);
        var before = await pipeline.ArchiveRowsAsync(ActualByCustomerMonth);
        // A second version of customer 5 overlapping the first: every January sale of 5 meets two versions.
        await pipeline.Archive.Database.ExecuteAsync(
            "INSERT INTO historical_customers SELECT customer_id, age, gender, city, 'Elsewhere', country, registration_date, "
            + "'2023-12-01 00:00:00+00', 'infinity', false FROM historical_customers WHERE customer_id = 5 AND is_current", CancellationToken.None);
        try
        {
            var summary = await pipeline.RunAsync(null, January);

            Assert.False(summary.Succeeded);
            Assert.Contains("2024-01/summaries", summary.Steps.Where(s => !s.Succeeded).Select(s => s.Name));
            Assert.Contains("The summaries of 2024-01 disagree with its archived sales", summary.Error);
            Assert.Equal(before, await pipeline.ArchiveRowsAsync(ActualByCustomerMonth));
        }
        finally
        {
            await pipeline.Archive.Database.ExecuteAsync(
                "DELETE FROM historical_customers WHERE customer_id = 5 AND valid_from = '2023-12-01 00:00:00+00'", CancellationToken.None);
        }
    }

    private async Task RunAsync(params ArchiveMonth[] months)
    {
        var summary = await pipeline.RunAsync(null, months);
        Assert.True(summary.Succeeded, summary.Error);
    }

    private async Task AssertSummariesEqualTheArchivedSalesAsync()
    {
        var expected = await pipeline.ArchiveRowsAsync(ExpectedByCustomerMonth);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await pipeline.ArchiveRowsAsync(ActualByCustomerMonth));
        Assert.Equal(await pipeline.ArchiveRowsAsync(ExpectedByProductMonth), await pipeline.ArchiveRowsAsync(ActualByProductMonth));
    }
}
