using Strata.Archive;
using Strata.Pipeline;

namespace Strata.Tests.Archive.Monthly;

/// <summary>An orchestrator's task per step: each step of a month in a process (a runner) of its own ends like one whole run.</summary>
public sealed class MonthStepByStepTests(ArchivePipeline pipeline) : IClassFixture<ArchivePipeline>
{
    [Fact]
    public async Task Each_step_alone_in_turn_archives_the_month_exactly()
    {
        var march = new ArchiveMonth(2024, 3);
        var runId = RunIds.Parse("manual__2024-04-01T03:00:00+00:00");

        foreach (var step in MonthlySteps.Names.Prepend("prepare"))
        {
            var summary = await pipeline.Runner().RunAsync([march],
                new RunOptions { RunId = runId, Trigger = Triggers.Orchestrator, Steps = new HashSet<string> { step } }, CancellationToken.None);
            Assert.True(summary.Succeeded, $"{step}: {summary.Error}");
        }

        Assert.Equal(await pipeline.ClickHouseMonthAsync(march), await pipeline.ArchivedMonthAsync(march));
        Assert.Equal(3L, await pipeline.Raw.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM load_ledger WHERE run_id = '{runId}' AND tier = 'greenplum'", CancellationToken.None));
    }
}
