using Microsoft.Extensions.Logging;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Postgres;
using Strata.Quality;
using Strata.Sources;
using Strata.Sql;

namespace Strata.Raw.Ingest;

/// <summary>What an ingest run did: every file's outcome and the counts per table, and the run's steps.</summary>
public sealed record IngestOutcome(IngestReport Report, IReadOnlyList<StepResult> Steps, Guid RunId)
{
    public RunOutcome Outcome => RunOutcome.Of(Steps);
}

/// <summary>
/// The ingest pipeline (files, or a source such as an HTTP API -> the raw tier) through the <see cref="PipelineRunner"/>
/// every pipeline shares: one step, "load", which ingests everything (each file or batch atomically; a refused file is
/// reported and the others still load) and is guarded by the raw tier's contract checks on the rows it wrote. A refused
/// file fails the step after the others loaded (a data error: never retried); a dropped connection is retried, which
/// re-ingests idempotently. Files that loaded can be moved out of a drop folder afterwards, so the next scheduled run
/// does not read them again.
/// </summary>
public sealed class IngestRunner(PostgresDatabase raw, ILoggerFactory loggerFactory)
{
    public const string Pipeline = "ingest";

    private readonly ILogger logger = loggerFactory.CreateLogger<IngestRunner>();

    /// <summary>Ingests <paramref name="files"/>; with <paramref name="moveLoadedTo"/>, every file that loaded is moved into that folder.</summary>
    public async Task<IngestOutcome> RunAsync(
        IReadOnlyList<string> files, IngestFormat format, IProgress<double> progress, RunOptions options, CancellationToken cancellationToken,
        string? moveLoadedTo = null)
    {
        var ingestor = new Ingestor(raw, loggerFactory.CreateLogger<Ingestor>(), TimeProvider.System);
        var outcome = await RunAsync((runId, ct) => ingestor.IngestAsync(files, format, runId, progress, ct), options, cancellationToken);
        if (moveLoadedTo is not null)
        {
            MoveLoaded(outcome.Report, files, moveLoadedTo);
        }
        return outcome;
    }

    /// <summary>Ingests a source's batches (each with its cursor, so the next run resumes after them).</summary>
    public Task<IngestOutcome> RunAsync(IRowSource source, RunOptions options, CancellationToken cancellationToken)
    {
        var ingestor = new SourceIngestor(raw, loggerFactory.CreateLogger<SourceIngestor>(), TimeProvider.System);
        return RunAsync((runId, ct) => ingestor.IngestAsync(source, runId, ct), options, cancellationToken);
    }

    private async Task<IngestOutcome> RunAsync(Func<Guid, CancellationToken, Task<IngestReport>> ingest, RunOptions options,
        CancellationToken cancellationToken)
    {
        var identity = new PipelineRun(Pipeline, "")
        {
            RunId = options.RunId ?? Guid.NewGuid(),
            Trigger = options.Trigger,
            ScheduledFor = options.ScheduledFor,
        };
        using var turn = await PipelineTurns.TakeAsync(identity, raw.ConnectionString, logger, cancellationToken);
        var declared = PipelineCatalogue.Ingest.Step("load");
        var report = new IngestReport([]);
        CheckScope? scope = null;
        var load = new PipelineStep("load", declared, async ct =>
        {
            var since = DateTime.SpecifyKind(await raw.ScalarAsync<DateTime>(SqlCatalog.Read("raw/daily/clock.sql"), ct), DateTimeKind.Utc);
            var today = DateOnly.FromDateTime(since);
            scope = new CheckScope(raw, null, today, today) { RawSince = since };
            report = await ingest(identity.RunId, ct);
            var refused = report.Files.Where(file => file.Status == FileStatus.Refused).ToList();
            if (refused.Count > 0)
            {
                throw new StrataException($"{refused.Count} of {report.Files.Count} file(s) refused, the others loaded: "
                    + string.Join("; ", refused.Select(file => file.Message)));
            }
            var tables = report.Tables.Values;
            return new StepRows(tables.Sum(counts => counts.Read), tables.Sum(counts => counts.Loaded));
        })
        {
            CheckAsync = ct => CheckCatalogue.EvaluateAsync(declared.Checks, scope!, ct),
        };
        var results = await new PipelineRunner(identity, options, logger).RunAsync([load], cancellationToken);
        return new IngestOutcome(report, results, identity.RunId);
    }

    private static void MoveLoaded(IngestReport report, IReadOnlyList<string> files, string folder)
    {
        Directory.CreateDirectory(folder);
        var loaded = report.Files.Where(file => file.Status == FileStatus.Loaded).Select(file => file.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Where(file => loaded.Contains(Path.GetFileName(file))))
        {
            File.Move(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }
}
