using System.Diagnostics;
using Strata.Warehouse.Daily;
using Strata.Diagnostics;

namespace Strata.Archive;

/// <summary>
/// Archives months from ClickHouse into the archive tier, oldest first, each through every step of
/// <see cref="MonthArchiver"/>; a step starts only when the one before succeeded, and a failure stops the run.
/// The outcome is always a summary (never an exception) so the CLI, Airflow and Dagster all get the JSON.
/// Running a month again, or after a crash at any point, leaves exactly one correct copy: every step either
/// rebuilds from scratch (staging) or commits atomically (swap, dimensions).
/// </summary>
public sealed class MonthlyRunner(MonthlyRun run)
{
    public async Task<MonthlySummary> RunAsync(IReadOnlyList<ArchiveMonth> months, CancellationToken cancellationToken)
    {
        var steps = new List<StepSummary>();
        var verified = new List<MonthVerification>();
        string? error = null;
        try
        {
            RefuseUnfinished(months);
            ArchiveLog.Connected(run.Logger, run.Archive.Server);
            await using var runLock = await ArchiveRunLock.AcquireAsync(run.Archive, cancellationToken);
            error = await MeasureAsync("prepare", steps, async ct =>
            {
                await new ArchiveSchema(run.Archive).EnsureAsync(months[0], months[^1], ct);
                return (0, 0);
            }, cancellationToken);
            foreach (var month in months.TakeWhile(_ => error is null))
            {
                ArchiveLog.MonthStarted(run.Logger, month);
                var archiver = new MonthArchiver(run, month);
                foreach (var (name, step) in archiver.Steps.TakeWhile(_ => error is null))
                {
                    error = await MeasureAsync($"{month}/{name}", steps, ct => WithFaultPointsAsync(name, step, ct), cancellationToken);
                }
                verified.Add(archiver.Verification());
            }
        }
        catch (StrataException refused)
        {
            error = refused.Message;
        }
        return new MonthlySummary(
            error is null ? MonthlySummary.SucceededStatus : MonthlySummary.FailedStatus,
            [.. months.Select(m => m.ToString())],
            steps,
            new ArchiveVerification(error is null && verified.All(v => v.Matched), verified),
            error);
    }

    private async Task<(long, long)> WithFaultPointsAsync(string name, Func<CancellationToken, Task<(long In, long Out)>> step, CancellationToken cancellationToken)
    {
        await run.Faults.AtAsync(FaultPoints.Before(name), cancellationToken);
        var rows = await step(cancellationToken);
        await run.Faults.AtAsync(FaultPoints.After(name), cancellationToken);
        return rows;
    }

    /// <summary>Runs and measures one step; returns why it failed, or null.</summary>
    private async Task<string?> MeasureAsync(string name, List<StepSummary> steps, Func<CancellationToken, Task<(long In, long Out)>> step, CancellationToken cancellationToken)
    {
        PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        try
        {
            var (rowsIn, rowsOut) = await step(cancellationToken);
            var summary = new StepSummary(name, "succeeded", clock.ElapsedMilliseconds, rowsIn, rowsOut, PeakMemory.Megabytes(), null);
            ArchiveLog.StepSucceeded(run.Logger, name, summary.DurationMs, rowsIn, rowsOut, summary.PeakMemoryMb);
            steps.Add(summary);
            return null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever stopped the step (a failed check, a database error, an injected crash) ends the run as
            // "failed" with the reason; running the months again starts each over from what is committed.
            var summary = new StepSummary(name, "failed", clock.ElapsedMilliseconds, 0, 0, PeakMemory.Megabytes(), failure.Message);
            ArchiveLog.StepFailed(run.Logger, name, summary.DurationMs, summary.PeakMemoryMb, failure.Message);
            steps.Add(summary);
            return failure.Message;
        }
    }

    /// <summary>A month still in progress would be archived half: only months that have ended (UTC) are archived.</summary>
    private static void RefuseUnfinished(IReadOnlyList<ArchiveMonth> months)
    {
        var unfinished = months.Where(m => m.End > DateTime.UtcNow).ToList();
        if (unfinished.Count > 0)
        {
            throw new StrataException($"{unfinished[0]} has not ended yet; only complete months are archived.");
        }
    }
}
