using Strata.Querying;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// ClickHouse as a library in this process (libchdb), working in one database. Engines are cheap views on the
/// process's one runtime: disposing one leaves the runtime running for the others until the process exits.
/// </summary>
public sealed class EmbeddedClickHouseEngine : IClickHouseEngine
{
    private readonly ChdbRuntime runtime;

    private EmbeddedClickHouseEngine(ChdbRuntime runtime, string database)
    {
        this.runtime = runtime;
        Database = database;
    }

    public string Database { get; }

    public string Description => $"embedded ({runtime.Directory}, database {Database})";

    /// <summary>Starts the process's engine at <paramref name="directory"/> (first call only) and creates the database if missing.</summary>
    public static async Task<EmbeddedClickHouseEngine> OpenAsync(string directory, string database, string libraryPath, CancellationToken cancellationToken)
    {
        ClickHouseIdentifier.Validate(database);
        var runtime = await Task.Run(() => ChdbRuntime.Start(directory, libraryPath), cancellationToken);
        await RunAsync(runtime, null,
            connection => connection.Execute($"CREATE DATABASE IF NOT EXISTS {ClickHouseIdentifier.Quote(database)}", null), cancellationToken);
        return new EmbeddedClickHouseEngine(runtime, database);
    }

    public Task ExecuteAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken) =>
        RunAsync(runtime, Database, connection => connection.Execute(sql, parameters), cancellationToken);

    public Task<TabularResult> QueryAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken) =>
        ChdbRowStream.OpenAsync(runtime, Database, sql, parameters, readOnly: false, cancellationToken);

    public Task<TabularResult> QueryReadOnlyAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken) =>
        ChdbRowStream.OpenAsync(runtime, Database, sql, parameters, readOnly: true, cancellationToken);

    public async Task<long> InsertAsync(string table, IReadOnlyList<string> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = runtime.Rent(Database);
        try
        {
            return await ChdbBulkInsert.RunAsync(connection, table, columns, rows, cancellationToken);
        }
        finally
        {
            runtime.Return(connection);
        }
    }

    public Task ReturnFreedMemoryAsync(CancellationToken cancellationToken) => ExecuteAsync("SYSTEM JEMALLOC PURGE", null, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Runs a blocking libchdb call off the caller's thread, on a connection lent for the call alone.</summary>
    private static async Task RunAsync(ChdbRuntime runtime, string? database, Action<ChdbConnection> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = runtime.Rent(database);
        try
        {
            await Task.Run(() => call(connection), cancellationToken);
        }
        finally
        {
            runtime.Return(connection);
        }
    }
}
