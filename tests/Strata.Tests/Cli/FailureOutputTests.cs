using System.Text.Json;
using Npgsql;
using Strata.Configuration;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

/// <summary>
/// With --json, stdout carries exactly one JSON object on every exit: bad usage (2) says what to write, in words and
/// not .NET type names; a store that cannot be reached (1) says which and what to do, not the driver's exception.
/// </summary>
public sealed class FailureOutputTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>
{
    public static TheoryData<string, string[]> BadUsage() => new()
    {
        { "--from 2024-03-05 is after --to 2024-03-01.", ["run", "daily", "--from", "2024-03-05", "--to", "2024-03-01"] },
        { "A logical date after today (UTC) has no sales yet", ["run", "daily", "--date", "2099-01-01"] },
        { "--date expects a date as YYYY-MM-DD (2024-01-31), not '2024/03/01'.", ["run", "daily", "--date", "2024/03/01"] },
        { "--month expects a month as YYYY-MM (2024-03), not '2024-13'.", ["run", "monthly", "--month", "2024-13"] },
        { "--to 2024-03 is before --from 2024-05.", ["run", "monthly", "--from", "2024-05", "--to", "2024-03"] },
        { "--sales expects a whole number (1000), not 'many'.", ["generate", "--out", "unused", "--sales", "many"] },
        { "--defects expects a share between 0 and 1 (0.05), not 'some'.", ["generate", "--out", "unused", "--defects", "some"] },
        { "--limit expects a whole number of runs (20), not 'x'.", ["runs", "list", "--limit", "x"] },
        { "Required argument missing for command: 'ingest'.", ["ingest"] },
        { "Give either --date D, or both --from A and --to B.", ["run", "daily", "--bogus"] },
    };

    [Theory]
    [MemberData(nameof(BadUsage))]
    public async Task Bad_usage_exits_2_with_one_json_object_that_says_what_to_write(string expected, string[] args)
    {
        var run = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_DATA"] = folder.Root }, [.. args, "--json"]);

        Assert.Equal(2, run.ExitCode);
        using var failure = JsonDocument.Parse(run.Out);
        Assert.Equal("usage_error", failure.RootElement.GetProperty("status").GetString());
        Assert.StartsWith(expected, failure.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_json_object_naming_it_and_what_to_do()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(StrataSettings.FromEnvironment().Raw) { Port = 1, Timeout = 2 }.ConnectionString;

        var run = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_POSTGRES"] = unreachable, ["STRATA_DATA"] = folder.Root },
            "runs", "list", "--json");

        Assert.Equal(1, run.ExitCode);
        using var failure = JsonDocument.Parse(run.Out);
        Assert.Equal("failed", failure.RootElement.GetProperty("status").GetString());
        var error = failure.RootElement.GetProperty("error").GetString()!;
        Assert.StartsWith("the connection to PostgreSQL failed (Failed to connect to ", error, StringComparison.Ordinal);
        Assert.Contains("check that PostgreSQL is up and reachable, then run the same command again", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }
}
