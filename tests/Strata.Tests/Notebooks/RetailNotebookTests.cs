using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Notebooks;

/// <summary>
/// notebooks/retail-analysis.ipynb executed headless (Debian's jupyter nbconvert and python3-ipykernel) against an
/// archive the pipeline filled with three years of generated sales: it runs without an error, draws its charts, and
/// every FIGURE it prints equals what this test's own SQL over the archive's tables says.
/// </summary>
public sealed class RetailNotebookTests(TestDatabase raw, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly EmptyTestDatabase archive = new();
    private readonly string work = Directory.CreateTempSubdirectory("strata-notebook-").FullName;

    public async Task InitializeAsync()
    {
        await archive.InitializeAsync();
        var data = Path.Combine(work, "data");
        await new PipelineCommands(raw, clickHouse, archive).RunAsync(
            ["generate", "--out", data, "--customers", "300", "--products", "120", "--sales", "9000", "--start", "2022-01-01", "--end", "2024-12-31"],
            ["ingest", data], ["run", "daily", "--from", "2022-01-01", "--to", "2024-12-31"], ["run", "monthly", "--from", "2022-01", "--to", "2024-12"]);
    }

    public async Task DisposeAsync()
    {
        await archive.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task The_notebook_runs_headless_draws_its_charts_and_prints_the_figures_its_sql_gives()
    {
        var executed = await ExecuteAsync();

        var outputs = executed.RootElement.GetProperty("cells").EnumerateArray()
            .Where(cell => cell.GetProperty("cell_type").GetString() == "code")
            .SelectMany(cell => cell.GetProperty("outputs").EnumerateArray()).ToList();
        Assert.DoesNotContain(outputs, output => output.GetProperty("output_type").GetString() == "error");
        Assert.True(outputs.Count(output => output.TryGetProperty("data", out var data) && data.TryGetProperty("image/png", out _)) >= 4,
            "the notebook draws its charts: seasonality, cohorts, regions, forecast (returns only when there are any)");
        var figures = Figures(outputs);

        Assert.Equal(await ScalarAsync("SELECT round(sum(revenue), 2)::text FROM historical_sales"), figures["total_revenue"]);
        Assert.Equal(await ScalarAsync("SELECT count(*)::text FROM historical_sales"), figures["sales"]);
        Assert.Equal(await ScalarAsync("SELECT count(DISTINCT customer_id)::text FROM historical_sales"), figures["customers"]);
        Assert.Equal(await ScalarAsync("SELECT round(sum(revenue) / count(*), 2)::text FROM historical_sales"), figures["avg_check"]);
        Assert.Equal(await ScalarAsync(PeakMonth), figures["peak_month"]);
        Assert.Equal(await ScalarAsync(LeadingRegion), $"{figures["leading_region"]}|{figures["leading_region_share_pct"]}");
        Assert.Equal(await ScalarAsync(Backtest), $"{figures["forecast_mape_pct"]}|{figures["baseline_mape_pct"]}|{figures["forecast_bias_pct"]}");
        Assert.Equal(await ScalarAsync(ReturnRate), figures["return_rate_pct"]);
        Assert.NotEqual("0.00", figures["return_rate_pct"]);
        Assert.Equal(await ScalarAsync(Cohorts), figures["cohorts"]);
    }

    /// <summary>The calendar month with the highest mean monthly revenue, straight from historical_sales.</summary>
    private const string PeakMonth = """
        WITH monthly AS (SELECT date_trunc('month', sale_date AT TIME ZONE 'UTC') AS month, sum(revenue) AS revenue FROM historical_sales GROUP BY 1)
        SELECT extract(month FROM month)::int::text FROM monthly GROUP BY 1 ORDER BY avg(revenue) DESC LIMIT 1
        """;

    /// <summary>The last year's leading region (where the customer lived at the sale, by the SCD2 history) and its share.</summary>
    private const string LeadingRegion = """
        WITH located AS (
            SELECT coalesce(c.region, 'unknown') AS region, s.revenue, extract(year FROM s.sale_date AT TIME ZONE 'UTC') AS year
            FROM historical_sales s
            LEFT JOIN historical_customers c ON c.customer_id = s.customer_id AND s.sale_date >= c.valid_from AND s.sale_date < c.valid_to
        ),
        last_year AS (SELECT region, sum(revenue) AS revenue FROM located WHERE year = (SELECT max(year) FROM located) GROUP BY region)
        SELECT region || '|' || round(100 * revenue / (SELECT sum(revenue) FROM last_year), 2) FROM last_year ORDER BY revenue DESC LIMIT 1
        """;

    /// <summary>Returned value over gross revenue, percent (the generated returns: about 2% of the lines).</summary>
    private const string ReturnRate =
        "SELECT round(100 * coalesce((SELECT sum(returned_revenue) FROM historical_returns), 0) / sum(revenue), 2)::text FROM historical_sales";

    /// <summary>How many distinct quarters customers first bought in.</summary>
    private const string Cohorts = """
        SELECT count(DISTINCT first_quarter)::text FROM (
            SELECT min(date_trunc('quarter', sale_date AT TIME ZONE 'UTC')) AS first_quarter FROM historical_sales GROUP BY customer_id) AS firsts
        """;

    private const string Backtest = """
        SELECT string_agg(value, '|' ORDER BY position) FROM (
            SELECT 1 AS position, mape_pct::text AS value FROM bi_forecast_backtest WHERE method = 'seasonal_naive_x_trend'
            UNION ALL SELECT 2, mape_pct::text FROM bi_forecast_backtest WHERE method = 'seasonal_naive'
            UNION ALL SELECT 3, bias_pct::text FROM bi_forecast_backtest WHERE method = 'seasonal_naive_x_trend') AS figures
        """;

    /// <summary>Runs nbconvert on a copy of the committed notebook; STRATA_SERVE_URL points at a closed port, so no one's server is asked.</summary>
    private async Task<JsonDocument> ExecuteAsync()
    {
        var output = Path.Combine(work, "executed.ipynb");
        var start = new ProcessStartInfo("/usr/bin/jupyter-nbconvert")
        {
            ArgumentList = { "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600", "--output", output, NotebookPath() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = work,
        };
        start.Environment["STRATA_GREENPLUM"] = archive.ConnectionString;
        start.Environment["STRATA_SERVE_URL"] = "http://127.0.0.1:9";
        start.Environment["PATH"] = "/usr/bin:/bin";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"nbconvert exited {process.ExitCode}: {await stdout} {await stderr}");
        return JsonDocument.Parse(await File.ReadAllTextAsync(output));
    }

    /// <summary>"FIGURE name = value" lines of the notebook's printed output.</summary>
    private static Dictionary<string, string> Figures(IEnumerable<JsonElement> outputs) =>
        outputs.Where(output => output.GetProperty("output_type").GetString() == "stream")
            .SelectMany(output => output.GetProperty("text").EnumerateArray().SelectMany(text => text.GetString()!.Split('\n')))
            .Where(line => line.StartsWith("FIGURE ", StringComparison.Ordinal))
            .Select(line => line["FIGURE ".Length..].Split(" = ", 2))
            .ToDictionary(pair => pair[0], pair => pair[1].Trim());

    private async Task<string> ScalarAsync(string sql) => Assert.Single(await archive.RowsAsync(sql));

    private static string NotebookPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "notebooks", "retail-analysis.ipynb"));
}
