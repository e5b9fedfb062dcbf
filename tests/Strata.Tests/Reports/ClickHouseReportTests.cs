using System.Globalization;
using System.Text.Json;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Pipeline;
using Strata.Warehouse.Daily;
using Strata.Reports;
using Strata.Sql;
using Strata.Tests.Warehouse.Daily;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Reports;

public sealed class ClickHouseReportTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly DailyStores stores = new(postgres, clickHouse);

    public static TheoryData<string> Reports => [.. ReportCatalogue.ForTier(Tier.Warehouse).Select(report => report.Name)];

    public async Task InitializeAsync()
    {
        await stores.ResetAsync();
        // A day without sales, so the trends must fill the gap with zero rather than skip it.
        await postgres.Database.ExecuteAsync(
            "DELETE FROM sales_data WHERE sale_date >= '2024-02-14 00:00:00+00' AND sale_date < '2024-02-15 00:00:00+00'", CancellationToken.None);
        // Returns of one unit of every 40th sale a day later, so the returns reports have returns to net off.
        await postgres.Database.ExecuteAsync(
            "INSERT INTO returns_data (return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, source_file) "
            + "SELECT sale_id, sale_date + INTERVAL '1 day', product_id, customer_id, 1, price, sale_id, 'returns' FROM sales_data WHERE sale_id % 40 = 0",
            CancellationToken.None);
        var summary = await stores.RunAsync(DailyRange.Between(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)));
        Assert.Equal(PipelineStatus.Succeeded, summary.Status);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Report_returns_what_independent_sql_over_the_raw_tables_returns(string name)
    {
        var report = ReportCatalogue.ForTier(Tier.Warehouse).Single(r => r.Name == name);

        // As `strata report` runs it: under the filter of everything.
        var actual = await clickHouse.RowsAsync(report.Sql, ClickHouseParameters.Of(ReportFilter.Everything.ParametersOf(report.Sql)));
        var expected = await stores.PostgresRowsAsync(RawTierReports.Sql[name]);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(Comparable), actual.Select(Comparable));
    }

    [Fact]
    public void The_catalogue_lists_exactly_the_report_files()
    {
        Assert.Equal(
            SqlCatalog.List("reports/warehouse").Order(StringComparer.Ordinal),
            ReportCatalogue.ForTier(Tier.Warehouse).Select(report => report.SqlFile).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_report_command_writes_one_csv_per_report_and_lists_them()
    {
        var directory = Directory.CreateTempSubdirectory("strata-reports-").FullName;
        try
        {
            var run = await CliRun.InvokeAsync(
                new Dictionary<string, string> { ["STRATA_POSTGRES"] = postgres.ConnectionString, ["STRATA_CLICKHOUSE"] = clickHouse.Location },
                "report", "--tier", "clickhouse", "--out", directory, "--json");

            Assert.Equal(0, run.ExitCode);
            using var summary = JsonDocument.Parse(run.Out);
            var reports = summary.RootElement.GetProperty("reports").EnumerateArray().ToList();
            Assert.Equal(ReportCatalogue.ForTier(Tier.Warehouse).Select(r => r.Name), reports.Select(r => r.GetProperty("name").GetString()));
            var daily = reports.Single(r => r.GetProperty("name").GetString() == "sales_trend_daily");
            var lines = await File.ReadAllLinesAsync(daily.GetProperty("file").GetString()!);
            Assert.Equal("day,revenue,orders,units,revenue_ma7,revenue_change_pct", lines[0]);
            Assert.Equal(91, daily.GetProperty("rows").GetInt32());
            Assert.Equal(92, lines.Length);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>One culture-free text per value, so PostgreSQL's and ClickHouse's .NET types compare by value (10.50 = 10.5).</summary>
    private static string Comparable(object?[] row) => string.Join(" | ", row.Select(value => value switch
    {
        null => "NULL",
        string text => text,
        decimal number => number.ToString("0.############", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IConvertible number => Convert.ToDecimal(number, CultureInfo.InvariantCulture).ToString("0.############", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    }));
}
