using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Diagnostics;
using Strata.Postgres;

namespace Strata.Warehouse.Daily;

/// <summary>
/// Runs the daily steps in order, each only after the previous one succeeded, measuring each (duration,
/// rows, peak memory). A failure stops the run and is reported in the summary, not thrown: the caller
/// always gets the JSON summary. Every run is recorded in etl_runs; only a fully successful one advances
/// the watermark. A run that finds another one going fails at its extract, before touching anything (<see cref="DailyRunLock"/>).
/// </summary>
public sealed class DailyRunner(IClickHouseEngine clickHouse, PostgresDatabase postgres, ClickHouseParameters postgresSource, ILoggerFactory loggerFactory)
{
    private static readonly IDailyStep[] Steps = [new ExtractStep(), new TransformStep(), new LoadStep(), new ReconcileStep()];

    private readonly ILogger logger = loggerFactory.CreateLogger<DailyRunner>();

    public async Task<DailySummary> RunAsync(DailyRange range, DailyOptions options, CancellationToken cancellationToken)
    {
        await using var run = new DailyRun(range, clickHouse, postgres, postgresSource, options, logger);
        var summaries = new List<StepSummary>();
        foreach (var step in Steps)
        {
            var summary = summaries.Any(s => s.Status != StepSummary.SucceededStatus)
                ? StepSummary.Skipped(step.Name)
                : await MeasureAsync(step, run, cancellationToken);
            summaries.Add(summary);
        }
        var succeeded = summaries.All(s => s.Status == StepSummary.SucceededStatus);
        await DailyRunHistory.RecordAsync(run, summaries, succeeded, cancellationToken);
        return new DailySummary(
            succeeded ? DailySummary.SucceededStatus : DailySummary.FailedStatus,
            [.. run.AffectedDays],
            summaries,
            run.Reconciliation);
    }

    private async Task<StepSummary> MeasureAsync(IDailyStep step, DailyRun run, CancellationToken cancellationToken)
    {
        PeakMemory.Reset();
        var startedAt = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            var rows = await step.RunAsync(run, cancellationToken);
            var summary = new StepSummary(step.Name, StepSummary.SucceededStatus, clock.ElapsedMilliseconds, rows.In, rows.Out, PeakMemory.Megabytes(), null) { StartedAt = startedAt };
            DailyLog.StepSucceeded(logger, summary.Name, summary.DurationMs, summary.RowsIn, summary.RowsOut, summary.PeakMemoryMb);
            return summary;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure of a step (a ClickHouse or PostgreSQL error, a failed check, an injected fault) ends
            // the run as "failed" with the reason in the summary; the next run starts over from the same state.
            var summary = new StepSummary(step.Name, StepSummary.FailedStatus, clock.ElapsedMilliseconds, 0, 0, PeakMemory.Megabytes(), failure.Message) { StartedAt = startedAt };
            DailyLog.StepFailed(logger, summary.Name, summary.DurationMs, summary.PeakMemoryMb, failure.Message);
            return summary;
        }
    }
}
