using Npgsql;
using Strata.Pipeline.Graph;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Web.Scheduling;

/// <summary>
/// What the scheduler has to do for one pipeline at an instant. Catch-up starts after the latest occurrence a
/// scheduled run finished (succeeded or failed: done either way), so a restarted server picks up where the run history
/// says it stopped; for a pipeline it never scheduled, with the latest occurrence alone. Of the occurrences due since
/// then, the newest <c>catchUp</c> run, oldest first, and older ones are skipped (`strata backfill` can run them). A run
/// left `running` by a process that is gone, or `abandoned`, does not count as done: its occurrence runs again. One
/// still going in a live process is left alone, with the occurrences after it, for a later pass.
/// </summary>
public sealed record SchedulePlan(IReadOnlyList<DateTimeOffset> ToRun, IReadOnlyList<DateTimeOffset> Skipped, RecordedRun? Waiting)
{
    public static async Task<SchedulePlan> ForAsync(
        PostgresDatabase raw, PipelineDefinition pipeline, DateTimeOffset now, int catchUp, CancellationToken cancellationToken)
    {
        var due = await DueAsync(raw, pipeline, now, cancellationToken);
        if (due.Count == 0)
        {
            return new SchedulePlan([], [], null);
        }
        var recorded = await raw.ReadAsync(SqlCatalog.Read("raw/runs/scheduled_runs.sql"), RecordedRun.Read, cancellationToken,
            ("pipeline", pipeline.Name), ("from", due[0]), ("until", due[^1]));
        var skipped = due.Take(Math.Max(due.Count - catchUp, 0)).ToList();
        var open = due.Skip(skipped.Count).ToList();
        var waiting = open.Select(at => recorded.FirstOrDefault(run => run.ScheduledFor == at && run.IsGoingOn)).OfType<RecordedRun>().FirstOrDefault();
        return new SchedulePlan([.. open.TakeWhile(at => waiting is null || at < waiting.ScheduledFor)], skipped, waiting);
    }

    /// <summary>The occurrences up to <paramref name="now"/> that no scheduled run has finished yet, oldest first.</summary>
    private static async Task<IReadOnlyList<DateTimeOffset>> DueAsync(
        PostgresDatabase raw, PipelineDefinition pipeline, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var anchor = (await raw.ReadAsync(SqlCatalog.Read("raw/runs/schedule_anchor.sql"),
            reader => (LastDone: Instant(reader, "last_done"), FirstRecorded: Instant(reader, "first_recorded")),
            cancellationToken, ("pipeline", pipeline.Name), ("until", now))).Single();
        return anchor switch
        {
            { LastDone: { } done } => [.. pipeline.Schedule.Occurrences(done, now)],
            { FirstRecorded: { } first } => [.. pipeline.Schedule.Occurrences(first.AddTicks(-1), now)],
            _ => pipeline.Schedule.LatestAtOrBefore(now) is { } latest ? [latest] : [],
        };
    }

    private static DateTimeOffset? Instant(NpgsqlDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.Column<DateTimeOffset>(column);
}
