using Strata.Postgres;
using Strata.Sql;

namespace Strata.Pipeline.History;

/// <summary>
/// What a backfill of a stretch of days (or months) has to do: the partitions already covered by a run that
/// succeeded are done; the rest is run in as few set-based runs as it takes, one per stretch of consecutive days
/// (for the monthly pipeline, of whole months) not done yet.
/// </summary>
public sealed record BackfillPlan(IReadOnlyList<string> Done, IReadOnlyList<(DateOnly First, DateOnly Last)> ToRun)
{
    /// <summary>Plans <paramref name="partitions"/> (days or months, in order, each with the days it covers and its name).</summary>
    public static async Task<BackfillPlan> ForAsync(
        PostgresDatabase raw, string pipeline, IReadOnlyList<(DateOnly First, DateOnly Last, string Name)> partitions, CancellationToken cancellationToken)
    {
        var first = partitions[0].First;
        var last = partitions[^1].Last;
        var covered = (await raw.ReadAsync(SqlCatalog.Read("raw/runs/done_days.sql"), reader => reader.Column<DateOnly>("day"),
            cancellationToken, ("pipeline", pipeline), ("first_day", first), ("last_day", last))).ToHashSet();
        bool IsDone((DateOnly First, DateOnly Last, string Name) partition) =>
            Enumerable.Range(0, partition.Last.DayNumber - partition.First.DayNumber + 1).All(offset => covered.Contains(partition.First.AddDays(offset)));
        var done = partitions.Where(IsDone).Select(partition => partition.Name).ToList();
        var toRun = new List<(DateOnly First, DateOnly Last)>();
        foreach (var partition in partitions.Where(partition => !IsDone(partition)))
        {
            if (toRun.Count > 0 && toRun[^1].Last.AddDays(1) == partition.First)
            {
                toRun[^1] = (toRun[^1].First, partition.Last);
            }
            else
            {
                toRun.Add((partition.First, partition.Last));
            }
        }
        return new BackfillPlan(done, toRun);
    }
}
