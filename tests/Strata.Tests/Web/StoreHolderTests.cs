using System.Text.Json;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Web;

/// <summary>
/// Without a server, a command whose embedded store another process holds fails at once, naming the holder and saying
/// what to do. Here the holder is this test process, which has its engine open at <see cref="TestClickHouse.Directory"/>.
/// </summary>
public sealed class StoreHolderTests(TestClickHouse clickHouse) : IClassFixture<TestClickHouse>
{
    private Dictionary<string, string> Env => new() { ["STRATA_CLICKHOUSE"] = clickHouse.Location, ["STRATA_DATA"] = Path.GetTempPath() };

    [Fact]
    public async Task A_refused_command_names_the_holder_and_what_to_do()
    {
        var run = await StrataProcess.RunAsync(Env, ["query", "--tier", "clickhouse", "SELECT 1"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        var message = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"strata: The embedded ClickHouse store at {TestClickHouse.Directory} is in use by another process: pid {Environment.ProcessId} (",
            message, StringComparison.Ordinal);
        Assert.Contains("wait for that one to finish", message, StringComparison.Ordinal);
        Assert.Contains("strata serve", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_json_the_refusal_is_the_one_json_object_on_stdout()
    {
        var run = await StrataProcess.RunAsync(Env, ["run", "daily", "--date", "2024-03-01", "--json"]);

        Assert.Equal(1, run.ExitCode);
        using var failure = JsonDocument.Parse(run.Out);
        Assert.Equal("failed", failure.RootElement.GetProperty("status").GetString());
        Assert.Contains($"in use by another process: pid {Environment.ProcessId}", failure.RootElement.GetProperty("error").GetString(),
            StringComparison.Ordinal);
    }
}
