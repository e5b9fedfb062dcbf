using Microsoft.Extensions.Logging;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.ClickHouse.Daily;

/// <summary>
/// One daily run: its identity, its stores, and what its steps learn and hand on (the watermark window,
/// the affected days, the row accounts). Steps talk to ClickHouse through it by SQL file name.
/// </summary>
public sealed class DailyRun(
    DailyRange range,
    IClickHouseEngine clickHouse,
    PostgresDatabase postgres,
    ClickHouseParameters postgresSource,
    DailyOptions options,
    ILogger logger)
{
    public Guid RunId { get; } = Guid.NewGuid();

    public DailyRange Range => range;

    public IClickHouseEngine ClickHouse => clickHouse;

    public PostgresDatabase Postgres => postgres;

    public DailyOptions Options => options;

    public ILogger Logger => logger;

    /// <summary>PostgreSQL's clock before the extract: the watermark this run records when it succeeds.</summary>
    public DateTime ExtractStartedAt { get; set; }

    /// <summary>The days this run rebuilds, as contiguous ranges, in order.</summary>
    public IReadOnlyList<DailyRange> AffectedRanges { get; set; } = [];

    /// <summary>Per target table: rows read, loaded, dropped as duplicates, quarantined.</summary>
    public IReadOnlyList<TableAccount> Accounts { get; set; } = [];

    /// <summary>The reconcile step's findings; "not run" until it has run.</summary>
    public Reconciliation Reconciliation { get; set; } = Reconciliation.NotRun;

    public IEnumerable<DateOnly> AffectedDays => AffectedRanges.SelectMany(Days);

    public Task ExecuteAsync(string sqlFile, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        clickHouse.ExecuteAsync(SqlCatalog.Read(sqlFile), Bind(parameters), cancellationToken);

    /// <summary>Runs a statement that reads PostgreSQL through postgresql(): the connection arguments are bound too.</summary>
    public Task PullAsync(string sqlFile, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        clickHouse.ExecuteAsync(SqlCatalog.Read(sqlFile), Bind([.. postgresSource.Select(p => (p.Key, p.Value)), .. parameters]), cancellationToken);

    public async Task<List<T>> QueryAsync<T>(string sqlFile, Func<object?[], T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var result = await clickHouse.QueryAsync(SqlCatalog.Read(sqlFile), Bind(parameters), cancellationToken);
        var rows = new List<T>();
        await foreach (var row in result.Rows.WithCancellation(cancellationToken))
        {
            rows.Add(map(row));
        }
        return rows;
    }

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        var counts = await QueryAsync("clickhouse/daily/count_rows.sql", row => Convert.ToInt64(row[0], System.Globalization.CultureInfo.InvariantCulture), cancellationToken, ("table", table));
        return counts[0];
    }

    private static ClickHouseParameters Bind((string Name, object? Value)[] parameters)
    {
        var bound = new ClickHouseParameters();
        foreach (var (name, value) in parameters)
        {
            bound[name] = value;
        }
        return bound;
    }

    private static IEnumerable<DateOnly> Days(DailyRange span)
    {
        for (var day = span.From; day <= span.To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
