using System.Text.Json;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

public sealed class BenchCommandTests(TestDatabase postgres, TestClickHouse clickHouse) : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>
{
    [Fact]
    public async Task Bench_generates_ingests_and_loads_n_sales_and_measures_them_against_the_raw_limit()
    {
        var data = Directory.CreateTempSubdirectory("strata-bench-").FullName;
        try
        {
            var env = new Dictionary<string, string>
            {
                ["STRATA_POSTGRES"] = postgres.ConnectionString,
                ["STRATA_CLICKHOUSE"] = clickHouse.Location,
                ["STRATA_DATA"] = data,
            };

            var run = await CliRun.InvokeAsync(env, "bench", "--sales", "3000", "--json");

            Assert.Equal(0, run.ExitCode);
            using var summary = JsonDocument.Parse(run.Out);
            var root = summary.RootElement;
            Assert.Equal(3000, root.GetProperty("sales").GetInt64());
            var stages = root.GetProperty("stages").EnumerateArray().ToList();
            Assert.Equal(["generate", "ingest", "daily_load"], stages.Select(s => s.GetProperty("name").GetString()));
            Assert.All(stages, stage =>
            {
                Assert.Equal(["name", "rows", "seconds", "rows_per_s", "peak_memory_mb"], stage.EnumerateObject().Select(p => p.Name));
                Assert.True(stage.GetProperty("seconds").GetDouble() > 0);
            });
            Assert.Equal(3000, stages[2].GetProperty("rows").GetInt64());
            Assert.True(root.GetProperty("raw_limit").GetProperty("rows_per_s").GetDouble() > 0);
            Assert.Equal(
                Math.Round(stages[2].GetProperty("seconds").GetDouble() / root.GetProperty("raw_limit").GetProperty("seconds").GetDouble(), 2),
                root.GetProperty("ratio_to_raw_limit").GetDouble());
            Assert.Equal(3000UL, (ulong)(await clickHouse.RowsAsync("SELECT count() FROM fact_sales"))[0][0]!);
            Assert.Empty(await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = currentDatabase() AND name = 'bench_raw_limit'"));

            var again = await CliRun.InvokeAsync(env, "bench", "--sales", "3000");
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("already holds sales", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
