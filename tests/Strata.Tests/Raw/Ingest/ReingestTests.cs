using Strata.Raw.Ingest;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

public sealed class ReingestTests : FreshDatabaseTest
{
    [Fact]
    public async Task Ingesting_the_same_files_again_changes_nothing_and_counts_everything_as_before()
    {
        foreach (var fixture in DefectFixtures.All())
        {
            fixture.WriteTo(Input);
        }

        var first = await IngestRun.InvokeAsync(Db, Input.Root);
        var before = await SnapshotAsync();
        var second = await IngestRun.InvokeAsync(Db, Input.Root);

        Assert.Equal(before, await SnapshotAsync());
        foreach (var table in new[] { "customer_data", "product_data", "sales_data" })
        {
            var once = first.Table(table);
            Assert.Equal(new TableCounts(once.Read, 0, once.Loaded + once.Duplicates, once.Quarantined), second.Table(table));
        }
    }

    /// <summary>Every row of the raw tables and quarantine, all columns including ingested_at and updated_at.</summary>
    private async Task<List<string>> SnapshotAsync() =>
    [
        .. await Db.RowsAsync("SELECT t::text FROM customer_data t ORDER BY customer_id"),
        .. await Db.RowsAsync("SELECT t::text FROM product_data t ORDER BY product_id"),
        .. await Db.RowsAsync("SELECT t::text FROM sales_data t ORDER BY sale_id"),
        .. await Db.RowsAsync("SELECT t::text FROM quarantine t ORDER BY quarantine_id"),
    ];
}
