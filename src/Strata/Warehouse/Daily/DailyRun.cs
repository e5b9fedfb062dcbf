using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Quality;
using Strata.Querying;
using Strata.Raw;

namespace Strata.Warehouse.Daily;

/// <summary>
/// One daily run: its identity, its stores, and what its steps learn and hand on (the watermark window, the
/// affected days, the row accounts, the figures its checks judge). Steps talk to ClickHouse through it by SQL file
/// name. When an orchestrator runs the steps one process at a time, a later step picks up what the extract handed
/// over in ClickHouse (<see cref="ResumeAsync"/>).
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

    private Task? anomalyFigures;

    private RunLock? runLock;

    public Guid RunId => identity.RunId;

    public DailyRange Range => range;

    public IClickHouseEngine Warehouse => warehouse;

    public PostgresDatabase Raw => raw;

    public DailyOptions Options => options;

    public ILogger Logger => logger;

    /// <summary>What the run's checks read, and the figures its steps hand them; the staged scope reads the staging copies.</summary>
    public CheckScope Checks { get; } = new(raw, warehouse, range.From, range.To) { Bands = options.Bands };

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
        runLock ??= await DailyRunLock.AcquireAsync(raw, cancellationToken);

    /// <summary>
    /// Before a step after the extract: holds the run lock and, when the extract ran in another process, takes over
    /// what it handed on (its watermark and the affected days), refusing working tables another run has rebuilt since.
    /// </summary>
    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        await HoldRunLockAsync(cancellationToken);
        if (ExtractStartedAt != default)
        {
            return;
        }
        var states = await QueryAsync("warehouse/daily/state/read.sql", row =>
            (RunId: row.Id("run_id"), First: row.Day("first_day"), Last: row.Day("last_day"), Since: row.Instant("extract_started_at")), cancellationToken);
        if (states is not [var state])
        {
            throw new StrataException($"No extract has run in this ClickHouse store: run the extract step of daily run {RunId} first.");
        }
        if (state.RunId != RunId || state.First != range.From || state.Last != range.To)
        {
            throw new StrataException($"The warehouse's working tables belong to daily run {state.RunId} ({new DailyRange(state.First, state.Last)}), "
                + $"not to run {RunId} ({range}): run this run's extract step again (a run's steps share one --run-id).");
        }
        ExtractStartedAt = state.Since ?? throw new StrataException("The extract's hand-over has no watermark.");
        await ReadAffectedRangesAsync(cancellationToken);
    }

    /// <summary>The days the extract found affected (daily_affected_dates), as contiguous ranges.</summary>
    public async Task ReadAffectedRangesAsync(CancellationToken cancellationToken) =>
        AffectedRanges = await QueryAsync("warehouse/daily/extract/affected_ranges.sql",
            row => new DailyRange(row.Day("first_day"), row.Day("last_day")), cancellationToken);

    /// <summary>Per target table, where the rows the transform read went (what it built and quarantined).</summary>
    public async Task ReadAccountsAsync(CancellationToken cancellationToken) =>
        Accounts = await QueryAsync("warehouse/daily/transform/accounts.sql", row => new TableAccount(
            row.Text("target_table"), row.Text("source_table"), row.Number("read"), row.Number("loaded"), row.Number("duplicates"), row.Number("quarantined")),
            cancellationToken);

    /// <summary>
    /// Starts reading PostgreSQL's figures of the affected days (every row, per day) for the reconciliation,
    /// once the extract knows the days: PostgreSQL is otherwise idle while ClickHouse transforms and loads.
    /// </summary>
    public void StartReadingRawFigures() =>
        rawFigures = RawDayFigures.ReadAsync(raw, AffectedRanges, backgroundWork.Token);

    /// <summary>
    /// Starts reading the evidence of the anomaly checks that guard the extract (the logical date against the same weekday
    /// of the trailing weeks) while ClickHouse recreates its working tables and PostgreSQL is otherwise idle.
    /// </summary>
    public void StartReadingAnomalyFigures() => anomalyFigures = AnomalyChecks.StartReading(Checks, backgroundWork.Token);

    /// <summary>The figures <see cref="StartReadingRawFigures"/> started reading (read now when the extract ran in another process).</summary>
    public Task<IReadOnlyDictionary<DateOnly, DayFigures>> RawFiguresAsync(CancellationToken cancellationToken)
    {
        // A read that failed (a dropped connection) is read again when the reconcile step is retried.
        if (rawFigures is null or { IsFaulted: true })
        {
            rawFigures = RawDayFigures.ReadAsync(raw, AffectedRanges, backgroundWork.Token);
        }
        return rawFigures.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Ends the work still running in the background when the run stops (a failed step leaves figures
    /// unread): it is cancelled and waited for, so no query outlives its run. Its own failure is not the run's.
    /// Then releases the run lock.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await backgroundWork.CancelAsync();
        foreach (var reading in new Task?[] { rawFigures, anomalyFigures }.OfType<Task>().Where(reading => !reading.IsCompleted))
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

    /// <summary>Whether the warehouse is a ClickHouse cluster (STRATA_CLICKHOUSE_CLUSTER) rather than one node.</summary>
    public bool OnCluster => options.Sql.Cluster is not null;

    /// <summary>Whether the warehouse's layout has this statement (a cluster-only one is absent on one node).</summary>
    public bool Defines(string sqlFile) => options.Sql.Defines(sqlFile);

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
