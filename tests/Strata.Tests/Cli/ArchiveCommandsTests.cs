using System.Text.Json;
using Strata.Configuration;
using Strata.Reports;
using Strata.Tests.Archive.Monthly;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

/// <summary>`strata run monthly`, `strata report --tier greenplum` and `strata query --tier greenplum` in memory, on real stores.</summary>
public sealed class ArchiveCommandsTests(ArchivePipeline pipeline) : IClassFixture<ArchivePipeline>
{
    private Dictionary<string, string> Env => new()
    {
        ["STRATA_POSTGRES"] = pipeline.Raw.ConnectionString,
        ["STRATA_GREENPLUM"] = pipeline.ArchiveDatabase.ConnectionString,
        ["STRATA_CLICKHOUSE"] = pipeline.ClickHouse.Location,
    };

    [Fact]
    public async Task Run_monthly_prints_the_summary_as_json()
    {
        var run = await CliRun.InvokeAsync(Env, "run", "monthly", "--from", "2024-01", "--to", "2024-02", "--json");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        var root = summary.RootElement;
        Assert.Equal("succeeded", root.GetProperty("status").GetString());
        Assert.Equal(["2024-01", "2024-02"], root.GetProperty("months").EnumerateArray().Select(m => m.GetString()));
        var step = root.GetProperty("steps")[1];
        Assert.Equal(["name", "status", "duration_ms", "rows_in", "rows_out", "peak_memory_mb", "error"], step.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("verification").GetProperty("matched").GetBoolean());
        Assert.Equal(2, root.GetProperty("verification").GetProperty("months").GetArrayLength());
    }

    [Theory]
    [InlineData("--month", "2024-13")]
    [InlineData("--from", "2024-03")]
    public async Task Bad_months_are_refused(params string[] args)
    {
        var run = await CliRun.InvokeAsync(Env, ["run", "monthly", .. args]);

        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public async Task Report_writes_every_greenplum_report_and_query_reads_the_archive()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync(Env, "run", "monthly", "--month", "2024-03")).ExitCode);
        var folder = Directory.CreateTempSubdirectory("strata-reports-").FullName;

        var report = await CliRun.InvokeAsync(Env, "report", "--tier", "greenplum", "--out", folder, "--json");
        var query = await CliRun.InvokeAsync(Env, "query", "--tier", "greenplum", "--format", "csv",
            "SELECT count(*) AS months FROM archive_months WHERE sale_rows > 0");

        Assert.Equal(0, report.ExitCode);
        using var summary = JsonDocument.Parse(report.Out);
        Assert.Equal(ReportCatalogue.ForTier(Tier.Archive).Count, summary.RootElement.GetProperty("reports").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(folder, "quarterly_trends.csv")));
        Assert.StartsWith("month,months_ahead,method", await File.ReadAllTextAsync(Path.Combine(folder, "sales_forecast.csv")), StringComparison.Ordinal);
        using var forecast = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "sales_forecast.json")));
        Assert.Equal(6, forecast.RootElement.GetArrayLength());
        Assert.Equal(0, query.ExitCode);
        Assert.StartsWith("months\r\n", query.Out, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task An_unreachable_archive_fails_the_prepare_step_with_a_summary()
    {
        // Nothing listens on port 1: the archive cannot be reached, which used to escape the run as an exception.
        var unreachable = new Dictionary<string, string>(Env)
        {
            ["STRATA_GREENPLUM"] = "Host=127.0.0.1;Port=1;Username=strata;Password=x;Database=none;Timeout=2",
        };

        var run = await CliRun.InvokeAsync(unreachable, "run", "monthly", "--month", "2024-03", "--json");

        Assert.Equal(1, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal("failed", summary.RootElement.GetProperty("status").GetString());
        var step = Assert.Single(summary.RootElement.GetProperty("steps").EnumerateArray());
        Assert.Equal("prepare", step.GetProperty("name").GetString());
        Assert.Equal("failed", step.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(summary.RootElement.GetProperty("error").GetString()));
    }
}
