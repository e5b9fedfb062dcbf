using Microsoft.Extensions.Logging;
using Strata.Archive;
using Strata.Backups;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Postgres;
using Strata.Raw.Ingest;
using Strata.Sources;
using Strata.Warehouse;
using Strata.Warehouse.Daily;

namespace Strata.Web.Scheduling;

/// <summary>
/// Runs one occurrence T of a pipeline's schedule, through the same runners as `strata run` and `strata ingest`: the
/// daily run at T loads the day before T's date (in the schedule's time zone); the monthly run at T archives the month
/// before T's month; the ingest run loads the drop folder's CSV files (none is a succeeded run of 0 rows) and moves
/// those that loaded into its <c>loaded/</c> folder. Every run is recorded with trigger `schedule` and T. A failure is
/// the run's outcome, never an exception, so the scheduler goes on with the next one. The backup at T backs every tier up
/// into <c>$STRATA_DATA/backups</c> and keeps the newest STRATA_BACKUP_KEEP (<see cref="BackupRunner"/>).
/// </summary>
public sealed class PipelineLauncher(
    StrataSettings settings, SchedulerSettings scheduling, PostgresDatabase raw, Func<PostgresDatabase, IRunObserver> observers, ILoggerFactory loggerFactory)
{
    public async Task<ScheduledRun> RunAsync(PipelineDefinition pipeline, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = pipeline.Schedule.LocalDate(at);
        var logicalDate = DailyRange.Day(day.AddDays(-1));
        var month = ArchiveMonth.Of(day).Previous;
        var run = new ScheduledRun(pipeline.Name, at, pipeline.Partition switch
        {
            PartitionKind.Date => logicalDate.ToString(),
            PartitionKind.Month => month.ToString(),
            _ => "",
        }, PipelineStatus.Failed, null, null);
        T Scheduled<T>(T options) where T : RunOptions => options with { Trigger = Triggers.Schedule, ScheduledFor = at, Observer = observers(raw) };
        try
        {
            return pipeline.Name switch
            {
                DailyRunner.Pipeline => await DailyAsync(run, logicalDate, Scheduled(new DailyOptions { Sql = WarehouseSql.For(settings) }), cancellationToken),
                MonthlyRunner.Pipeline => await MonthlyAsync(run, month, Scheduled(new RunOptions()), cancellationToken),
                BackupRunner.Pipeline => await BackupAsync(run, Scheduled(new RunOptions()), cancellationToken),
                _ => await IngestAsync(run, Scheduled(new RunOptions()), cancellationToken),
            };
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Before the runner could start (the warehouse would not open, the drop folder is unreadable): no run was
            // recorded, so the occurrence stays due and the next pass tries it again.
            return run with { Error = failure.Message };
        }
    }

    private async Task<ScheduledRun> DailyAsync(ScheduledRun run, DailyRange range, DailyOptions options, CancellationToken cancellationToken)
    {
        await using var warehouse = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
        var summary = await new DailyRunner(warehouse, raw, loggerFactory).RunAsync(range, options, cancellationToken);
        return run with { Status = summary.Status, RunId = summary.RunId, Error = summary.Steps.FirstOrDefault(step => step.Error is not null)?.Error };
    }

    private async Task<ScheduledRun> MonthlyAsync(ScheduledRun run, ArchiveMonth month, RunOptions options, CancellationToken cancellationToken)
    {
        await using var warehouse = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
        var summary = await new MonthlyRunner(warehouse, settings.Archive, raw, loggerFactory).RunAsync([month], options, cancellationToken);
        return run with { Status = summary.Status, RunId = summary.RunId, Error = summary.Error };
    }

    private async Task<ScheduledRun> BackupAsync(ScheduledRun run, RunOptions options, CancellationToken cancellationToken)
    {
        await using var stores = new BackupStores(settings);
        var backup = await new BackupRunner(settings, stores, loggerFactory.CreateLogger<BackupRunner>())
            .RunAsync(BackupCreator.DefaultRoot(settings), BackupTiers.All, scheduling.BackupKeep, options, cancellationToken);
        return run with { Status = backup.Status, RunId = backup.RunId, Error = backup.Error, Partition = backup.Manifest?.Backup ?? "" };
    }

    private async Task<ScheduledRun> IngestAsync(ScheduledRun run, RunOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(scheduling.DropFolder);
        var files = InputFiles.InFolder(scheduling.DropFolder);
        var outcome = await new IngestRunner(raw, loggerFactory)
            .RunAsync(files, IngestFormat.Strata, new Progress<double>(), options, cancellationToken, moveLoadedTo: scheduling.LoadedFolder);
        return run with { Status = outcome.Outcome.Status, RunId = outcome.RunId, Error = outcome.Outcome.Error };
    }
}
