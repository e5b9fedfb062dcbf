namespace Strata.Tests.Infrastructure;

/// <summary>
/// `strata` commands run in memory against a raw tier, an embedded ClickHouse and an archive of a test's own, each
/// required to succeed (the message shows what it printed): the whole pipeline as a user runs it.
/// </summary>
public sealed class PipelineCommands(TestDatabase raw, TestClickHouse clickHouse, TestDatabase archive)
{
    public async Task RunAsync(params string[][] commands)
    {
        var stores = new Dictionary<string, string>
        {
            ["STRATA_POSTGRES"] = raw.ConnectionString,
            ["STRATA_CLICKHOUSE"] = clickHouse.Location,
            ["STRATA_GREENPLUM"] = archive.ConnectionString,
        };
        foreach (var command in commands)
        {
            var run = await CliRun.InvokeAsync(stores, [.. command, "--json"]);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', command)}: {run.Out} {run.Error}");
        }
    }
}
