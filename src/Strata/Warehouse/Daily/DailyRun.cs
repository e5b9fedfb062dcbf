using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Querying;
using Strata.Raw;

namespace Strata.Warehouse.Daily;

/// <summary>
/// One daily run: its identity, its stores, and what its steps learn and hand on (the watermark window,
/// the affected days, the row accounts). Steps talk to ClickHouse through it by SQL file name.
/// </summary>
public sealed class DailyRun(
    PipelineRun identity,
    DailyRange range,
    IClickHouseEngine warehouse,
    PostgresDatabase raw,
    DailyOptions options,
    ILogger logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource backgroundWork = new();

    /// <summary>How ClickHouse reaches the raw tier (postgresql() arguments).</summary>
    private readonly ClickHouseParameters rawSource = PostgresSource.Parameters(raw.ConnectionString);

    private Task<IReadOnlyDictionary<DateOnly, DayFigures>>? rawFigures;

    private RunLock? runLock;

    public Guid RunId => identity.RunId;

    public DailyRange Range => range;

    public IClickHouseEngine Warehouse => warehouse;

    public PostgresDatabase Raw => raw;

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

    /// <summary>Takes the one-daily-run-at-a-time lock for the rest of this run, or fails when another run holds it.</summary>
    public async Task HoldRunLockAsync(CancellationToken cancellationToken) =>
        runLock = await DailyRunLock.AcquireAsync(raw, cancellationToken);

    /// <summary>
    /// Starts reading PostgreSQL's figures of the affected days (every row, per day) for the reconciliation,
    /// once the extract knows the days: PostgreSQL is otherwise idle while ClickHouse transforms and loads.
    /// </summary>
    public void StartReadingRawFigures() =>
        rawFigures = RawDayFigures.ReadAsync(this, backgroundWork.Token);

    /// <summary>The figures <see cref="StartReadingRawFigures"/> started reading.</summary>
    public Task<IReadOnlyDictionary<DateOnly, DayFigures>> RawFiguresAsync() =>
        rawFigures ?? throw new InvalidOperationException("The extract has not started reading PostgreSQL's figures.");

    /// <summary>
    /// Ends the work still running in the background when the run stops (a failed step leaves the figures
    /// unread): it is cancelled and waited for, so no query outlives its run. Its own failure is not the run's.
    /// Then releases the run lock.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await backgroundWork.CancelAsync();
        if (rawFigures is { IsCompleted: false } reading)
        {
            await reading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        backgroundWork.Dispose();
        if (runLock is not null)
        {
            await runLock.DisposeAsync();
        }
    }

    public Task ExecuteAsync(string sqlFile, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        TimedAsync(sqlFile, () => warehouse.ExecuteAsync(options.Sql.Read(sqlFile), Bind(parameters), cancellationToken));

    /// <summary>Runs a statement only the warehouse's layout may have (a cluster's replica sync before a swap); elsewhere nothing.</summary>
    public Task ExecuteIfDefinedAsync(string sqlFile, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        options.Sql.Defines(sqlFile) ? ExecuteAsync(sqlFile, cancellationToken, parameters) : Task.CompletedTask;

    /// <summary>Runs a statement that reads PostgreSQL through postgresql(): the connection arguments are bound too.</summary>
    public Task PullAsync(string sqlFile, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        TimedAsync(sqlFile, () => warehouse.ExecuteAsync(
            options.Sql.Read(sqlFile), Bind([.. rawSource.Select(p => (p.Key, p.Value)), .. parameters]), cancellationToken));

    public async Task<List<T>> QueryAsync<T>(
        string sqlFile, Func<ResultRow, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        await TimedAsync(sqlFile, async () =>
        {
            await using var result = await warehouse.QueryAsync(options.Sql.Read(sqlFile), Bind(parameters), cancellationToken);
            rows = await result.ReadAllAsync(map, cancellationToken);
        });
        return rows;
    }

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        var counts = await QueryAsync("warehouse/daily/count_rows.sql", row => row.Number("rows"), cancellationToken, ("table", table));
        return counts[0];
    }

    /// <summary>Times one statement at debug level (`--verbose`): where a slow run spends its time, file by file.</summary>
    private async Task TimedAsync(string sqlFile, Func<Task> statement)
    {
        var clock = Stopwatch.StartNew();
        await statement();
        DailyLog.StatementTimed(logger, sqlFile, clock.ElapsedMilliseconds);
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
