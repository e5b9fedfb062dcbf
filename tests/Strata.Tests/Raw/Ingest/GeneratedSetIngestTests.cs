using Strata.Contracts;
using Strata.Raw.Ingest;
using Strata.Sources.Generation;
using Strata.Tests.Generation;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

/// <summary>The generator and the ingest agree on docs/csv-format.md: what one injects, the other counts.</summary>
public sealed class GeneratedSetIngestTests : FreshDatabaseTest
{
    private static readonly GeneratorOptions Options = new() { Customers = 300, Products = 200, Sales = 6_000, Seed = 11 };

    [Fact]
    public async Task A_defective_generated_set_loads_every_genuine_row_and_counts_every_defect_as_specified()
    {
        var set = GeneratedSet.Generate(Input.Path("defective"), Options with { DefectRate = 0.2 });

        var run = await IngestRun.InvokeAsync(Db, set.Directory);

        Assert.Equal(0, run.Cli.ExitCode);
        foreach (var table in RawTables.WithReturns)
        {
            var output = set.Summary.Tables[table.Name];
            var duplicates = output.Defects.GetValueOrDefault("exact_duplicate");
            Assert.Equal(new TableCounts(output.Rows, output.Genuine, duplicates, output.Rows - output.Genuine - duplicates), run.Table(table.Name));
            Assert.True(run.Table(table.Name).Balanced, table.Name);
        }
        Assert.True(set.Summary.Returns > 0, "no returns generated");
        Assert.Equal([set.Summary.Returns.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            await Db.RowsAsync("SELECT count(*) FROM returns_data"));
        Assert.Equal([set.Summary.Customers.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            await Db.RowsAsync("SELECT count(*) FROM customer_data"));
        Assert.Equal([set.Summary.Sales.ToString(System.Globalization.CultureInfo.InvariantCulture)], await Db.RowsAsync("SELECT count(*) FROM sales_data"));
    }

    [Fact]
    public async Task A_clean_generated_set_loads_whole_and_a_second_ingest_loads_nothing()
    {
        var set = GeneratedSet.Generate(Input.Path("clean"), Options);

        var first = await IngestRun.InvokeAsync(Db, set.Directory);
        var second = await IngestRun.InvokeAsync(Db, set.Directory);

        Assert.Equal(new TableCounts(set.Summary.Sales, set.Summary.Sales, 0, 0), first.Table("sales_data"));
        Assert.Equal(new TableCounts(set.Summary.Products, set.Summary.Products, 0, 0), first.Table("product_data"));
        Assert.Equal(new TableCounts(set.Summary.Customers, set.Summary.Customers, 0, 0), first.Table("customer_data"));
        Assert.Equal(new TableCounts(set.Summary.Returns, set.Summary.Returns, 0, 0), first.Table("returns_data"));
        Assert.Equal(new TableCounts(set.Summary.Sales, 0, set.Summary.Sales, 0), second.Table("sales_data"));
        Assert.Equal(new TableCounts(set.Summary.Returns, 0, set.Summary.Returns, 0), second.Table("returns_data"));
    }
}
