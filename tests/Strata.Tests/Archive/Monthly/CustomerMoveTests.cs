using Strata.Archive;

namespace Strata.Tests.Archive.Monthly;

/// <summary>SCD type 2 through the whole pipeline: a customer moves city in ClickHouse between two monthly runs.</summary>
public sealed class CustomerMoveTests(ArchivePipeline pipeline) : IClassFixture<ArchivePipeline>
{
    [Fact]
    public async Task The_archive_remembers_where_the_customer_lived_at_each_sale()
    {
        Assert.True((await pipeline.RunAsync(null, new ArchiveMonth(2024, 1))).Succeeded);
        await pipeline.ClickHouseAsync("ALTER TABLE dim_customer UPDATE city = 'Leipzig', region = 'East' WHERE customer_id = 4 SETTINGS mutations_sync = 2");
        Assert.True((await pipeline.RunAsync(null, new ArchiveMonth(2024, 2))).Succeeded);

        var versions = await pipeline.ArchiveRowsAsync(
            "SELECT city, region, valid_from::text, valid_to::text, is_current FROM historical_customers WHERE customer_id = 4 ORDER BY valid_from");
        var citiesBySaleMonth = await pipeline.ArchiveRowsAsync(
            "SELECT DISTINCT sale_month::text, city FROM bi_sales_detail WHERE customer_id = 4 ORDER BY 1");

        Assert.Equal(
            [["City1", "Region0", "-infinity", "2024-02-01 00:00:00+00", false], ["Leipzig", "East", "2024-02-01 00:00:00+00", "infinity", true]],
            versions);
        Assert.Equal([["2024-01-01", "City1"], ["2024-02-01", "Leipzig"]], citiesBySaleMonth);
        Assert.Single(await pipeline.ArchiveRowsAsync("SELECT 1 FROM historical_customers WHERE customer_id = 3"));
    }
}
