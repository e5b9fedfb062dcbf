using System.Collections.Concurrent;
using Strata.Archive;
using Strata.ClickHouse;
using Strata.Postgres;

namespace Strata.Quality;

/// <summary>
/// What a check runs against: the tiers it may read, the days of the partition (a day, a range, a month's days)
/// and, inside the daily pipeline before the load, whether the warehouse tables are read from their staging copies
/// (what the load is about to swap in). A step that has already computed figures a check needs hands them over
/// (<see cref="Remember"/>), so the check does not compute them twice; on its own the check computes them.
/// </summary>
public sealed class CheckScope(PostgresDatabase raw, IClickHouseEngine? warehouse, DateOnly first, DateOnly last)
{
    private ConcurrentDictionary<string, object> figures = new(StringComparer.Ordinal);

    private ConcurrentDictionary<string, Task> started = new(StringComparer.Ordinal);

    public PostgresDatabase Raw => raw;

    public IClickHouseEngine Warehouse => warehouse ?? throw new InvalidOperationException("This check needs the warehouse tier.");

    /// <summary>The archive tier, for the monthly checks; null elsewhere.</summary>
    public ArchiveDatabase? Archive { get; init; }

    public DateOnly First => first;

    public DateOnly Last => last;

    /// <summary>Raw-tier contract checks look at rows written since then (an ingest's own rows); every row by default.</summary>
    public DateTime RawSince { get; init; } = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);

    /// <summary>Warehouse tables are read from TABLE_staging (checks that guard the daily transform).</summary>
    public bool IsStaged { get; private init; }

    /// <summary>Options of the anomaly checks.</summary>
    public AnomalyBands Bands { get; init; } = AnomalyBands.Default;

    /// <summary>The same scope reading the warehouse's staging copies, sharing what it remembers.</summary>
    public CheckScope Staged() => new(raw, warehouse, first, last)
    {
        Archive = Archive,
        RawSince = RawSince,
        Bands = Bands,
        IsStaged = true,
        figures = figures,
        started = started,
    };

    /// <summary>The relation a check reads for a warehouse table: the table, or its staging copy.</summary>
    public string Relation(string table) => IsStaged ? table + "_staging" : table;

    public void Remember<T>(string key, T value) where T : notnull => figures[key] = value;

    /// <summary>Figures remembered under <paramref name="key"/>, or the default when none were.</summary>
    public T? Known<T>(string key) => figures.TryGetValue(key, out var known) ? (T)known : default;

    /// <summary>
    /// Starts computing the figures a check will recall under <paramref name="key"/> while the step does its own work;
    /// the check then waits for them instead of computing them after the step. A step tried again starts afresh.
    /// </summary>
    public Task StartComputing<T>(string key, Func<Task<T>> compute) where T : notnull => started[key] = compute();

    /// <summary>
    /// Figures a step remembered under <paramref name="key"/>, or those it started computing (<see cref="StartComputing"/>),
    /// or computed now by <paramref name="compute"/>. Started figures are taken once: a start that failed fails the check
    /// that waited for it, and the next recall (a retried step's) computes them afresh.
    /// </summary>
    public async Task<T> RecallAsync<T>(string key, Func<Task<T>> compute) where T : notnull
    {
        if (figures.TryGetValue(key, out var known))
        {
            return (T)known;
        }
        var value = started.TryRemove(key, out var computing) ? await (Task<T>)computing : await compute();
        figures[key] = value;
        return value;
    }
}

/// <summary>
/// How far a day may stray from the same weekday of the trailing weeks before it counts as an anomaly: rows
/// (volume) and revenue, as multiples of their average. STRATA_CHECK_VOLUME_BAND / STRATA_CHECK_REVENUE_BAND
/// override them ("0.5:2").
/// </summary>
public sealed record AnomalyBands(double VolumeLow, double VolumeHigh, double RevenueLow, double RevenueHigh, int TrailingWeeks)
{
    public static AnomalyBands Default { get; } = new(0.5, 2.0, 0.33, 3.0, 4);
}
