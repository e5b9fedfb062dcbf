using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Postgres;
using Strata.Quality;

namespace Strata.Archive;

/// <summary>
/// The monthly pipeline (ClickHouse -> archive) through the <see cref="PipelineRunner"/> every pipeline shares:
/// "prepare" (connect, take the run lock, make sure the tables exist), then for each month, oldest first, every
/// step of <see cref="MonthArchiver"/>, each guarded by the checks the pipeline graph names. A failure stops the
/// run; the outcome is always a summary, never an exception, so the CLI, Airflow and Dagster all get the JSON.
/// Running a month again, or after a crash at any point, leaves exactly one correct copy: every step either
/// rebuilds from scratch (staging) or commits atomically (swap, dimensions).
/// </summary>
public sealed class MonthlyRunner(IClickHouseEngine warehouse, string archiveConnectionString, PostgresDatabase raw, ILoggerFactory loggerFactory)
{
    public const string Pipeline = "monthly";

    private readonly ILogger logger = loggerFactory.CreateLogger<MonthlyRunner>();

    public async Task<MonthlySummary> RunAsync(IReadOnlyList<ArchiveMonth> months, RunOptions options, CancellationToken cancellationToken)
    {
        var names = months.Select(m => m.ToString()).ToList();
        if (months.FirstOrDefault(m => m.End > DateTime.UtcNow) is { Year: > 0 } unfinished)
        {
            // A month still in progress would be archived half: only months that have ended (UTC) are archived.
            var refusal = $"{unfinished} has not ended yet; only complete months are archived.";
            return new MonthlySummary(PipelineStatus.Failed, names, [], new ArchiveVerification(false, []), refusal);
        }
        var identity = new PipelineRun(Pipeline, names.Count == 1 ? names[0] : $"{names[0]}..{names[^1]}")
        {
            RunId = options.RunId ?? Guid.NewGuid(),
            Days = (months[0].FirstDay, months[^1].LastDay),
            Trigger = options.Trigger,
            ScheduledFor = options.ScheduledFor,
        };
        using var turn = await PipelineTurns.TakeAsync(identity, archiveConnectionString, logger, cancellationToken);
        await using var run = new MonthlyRun(identity, warehouse, archiveConnectionString, raw, options.Checkpoints, logger);
        var archivers = months.Select(month => new MonthArchiver(run, month)).ToList();
        var results = await new PipelineRunner(identity, options, logger).RunAsync(Steps(run, months, archivers), cancellationToken);

        // A range of months lists the steps that ran: two years of skipped steps after a failure would bury it.
        var ran = results.Where(result => result.Status != PipelineStatus.Skipped).ToList();
        var error = ran.FirstOrDefault(result => !result.Succeeded)?.Error;
        var verified = archivers.Where(archiver => ran.Any(result => result.Name.StartsWith(archiver.Month + "/", StringComparison.Ordinal)))
            .Select(archiver => archiver.Verification()).ToList();
        return new MonthlySummary(
            error is null ? PipelineStatus.Succeeded : PipelineStatus.Failed,
            names,
            ran,
            new ArchiveVerification(error is null && verified.Count > 0 && verified.All(v => v.Matched), verified),
            error)
        {
            RunId = identity.RunId,
            Checks = [.. results.SelectMany(result => result.Checks)],
        };
    }

    /// <summary>
    /// The run's steps, each connecting to the archive first (idempotent), so that one step run on its own in a
    /// process of its own (an orchestrator's task) holds the run lock and reaches the archive like the whole run does.
    /// </summary>
    private static IEnumerable<PipelineStep> Steps(MonthlyRun run, IReadOnlyList<ArchiveMonth> months, IReadOnlyList<MonthArchiver> archivers)
    {
        yield return new PipelineStep("prepare", PipelineCatalogue.Monthly.Step("prepare"), async ct =>
        {
            await run.ConnectAsync(ct);
            await new ArchiveSchema(run.Archive).EnsureAsync(months[0], months[^1], ct);
            return new StepRows(0, 0);
        });
        foreach (var archiver in archivers)
        {
            foreach (var (name, step) in archiver.Steps)
            {
                var declared = PipelineCatalogue.Monthly.Step(name);
                yield return new PipelineStep($"{archiver.Month}/{name}", declared, async ct =>
                {
                    await run.ConnectAsync(ct);
                    return await step(ct);
                })
                {
                    CheckAsync = ct => CheckCatalogue.EvaluateAsync(declared.Checks, archiver.Checks, ct),
                };
            }
        }
    }
}
