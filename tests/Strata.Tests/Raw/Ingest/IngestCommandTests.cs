using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

public sealed class IngestCommandTests : FreshDatabaseTest
{
    [Fact]
    public async Task People_get_a_table_per_business_table_with_the_counts_and_the_balance_check()
    {
        foreach (var fixture in DefectFixtures.All())
        {
            fixture.WriteTo(Input);
        }

        var run = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_POSTGRES"] = Db.ConnectionString }, "ingest", Input.Root);

        Assert.Equal(0, run.ExitCode);
        var expected = DefectFixtures.Sales().Expected;
        Assert.Matches($@"sales_data\s*│\s*{expected.Read}\s*│\s*{expected.Loaded}\s*│\s*"
            + $@"{expected.Duplicates}\s*│\s*{expected.Quarantined}\s*│\s*holds", run.Out);
        Assert.Contains("check: read = loaded + duplicates + quarantined", run.Out);
    }

    [Fact]
    public async Task The_json_summary_has_exactly_the_three_tables_and_the_files()
    {
        DefectFixtures.Customers().WriteTo(Input);

        var run = await IngestRun.InvokeAsync(Db, Input.Root);

        Assert.Equal(["status", "tables", "files", "run_id", "error", "checks"], run.Summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["customer_data", "product_data", "sales_data"], run.Summary.GetProperty("tables").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["read", "loaded", "duplicates", "quarantined"],
            run.Summary.GetProperty("tables").GetProperty("sales_data").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_missing_path_fails_with_a_message()
    {
        var run = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_POSTGRES"] = Db.ConnectionString }, "ingest", "no/such/path");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no/such/path: no such file or directory", run.Error);
    }

    [Fact]
    public async Task An_unknown_format_is_bad_usage()
    {
        var run = await CliRun.InvokeAsync(
            new Dictionary<string, string> { ["STRATA_POSTGRES"] = Db.ConnectionString }, "ingest", Input.Root, "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
    }
}
