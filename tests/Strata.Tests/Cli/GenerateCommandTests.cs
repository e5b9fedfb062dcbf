using System.Text.Json;
using Strata.Sources.Generation;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

public sealed class GenerateCommandTests(TemporaryFolder folders) : IClassFixture<TemporaryFolder>
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public async Task Json_summary_has_the_documented_shape_and_the_defaults()
    {
        var folder = folders.Path("cli-defaults");

        var run = await CliRun.InvokeAsync(NoVariables, "generate", "--out", folder, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["customers", "products", "sales", "returns", "files", "defects", "tables"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(GeneratorOptions.DefaultCustomers, root.GetProperty("customers").GetInt32());
        Assert.Equal(GeneratorOptions.DefaultProducts, root.GetProperty("products").GetInt32());
        Assert.Equal(GeneratorOptions.DefaultSales, root.GetProperty("sales").GetInt64());
        Assert.Equal((1000, 1000, 100_000L), (GeneratorOptions.DefaultCustomers, GeneratorOptions.DefaultProducts, GeneratorOptions.DefaultSales));
        Assert.All(root.GetProperty("files").EnumerateArray(), file => Assert.True(File.Exists(file.GetString())));
        Assert.All(root.GetProperty("defects").EnumerateObject(), kind => Assert.Equal(0, kind.Value.GetInt64()));
        Assert.Equal(11, root.GetProperty("defects").EnumerateObject().Count());
        var sales = File.ReadLines(Path.Combine(folder, "sales_data.csv")).ToList();
        Assert.StartsWith("1,2024-01-01 ", sales[1], StringComparison.Ordinal);
        Assert.StartsWith("100000,2025-12-31 ", sales[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_get_a_table_of_the_files_and_defects()
    {
        var folder = folders.Path("cli-human");

        var run = await CliRun.InvokeAsync(NoVariables, "generate", "--out", folder, "--customers", "50", "--products", "30", "--sales", "2000",
            "--start", "2025-01-01", "--end", "2025-03-31", "--seed", "3", "--defects", "0.2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sales_data.csv", run.Out, StringComparison.Ordinal);
        Assert.Contains("returns_data.csv", run.Out, StringComparison.Ordinal);
        Assert.Contains("exact_duplicate", run.Out, StringComparison.Ordinal);
        Assert.Contains("Generated 50 customers, 30 products, 2,000 sales and ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--customers", "0")]
    [InlineData("--products", "-1")]
    [InlineData("--sales", "-5")]
    [InlineData("--defects", "1.5")]
    [InlineData("--return-rate", "-0.1")]
    [InlineData("--start", "01/02/2024")]
    [InlineData("--start", "2026-01-01")]
    [InlineData("--end", "2095-01-01")]
    public async Task Impossible_options_are_usage_errors(string option, string value)
    {
        var run = await CliRun.InvokeAsync(NoVariables, "generate", "--out", folders.Path("cli-bad"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folders.Path("cli-bad")));
    }

    [Fact]
    public async Task The_output_folder_is_required()
    {
        var run = await CliRun.InvokeAsync(NoVariables, "generate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }
}
