using System.Runtime.CompilerServices;
using ClickHouse.Driver;
using ClickHouse.Driver.ADO.Parameters;
using ClickHouse.Driver.ADO.Readers;
using ClickHouse.Driver.Utility;
using Strata.Diagnostics;
using Strata.Querying;

namespace Strata.ClickHouse.Server;

/// <summary>
/// A ClickHouse server over HTTP through the official driver (ClickHouse.Driver). Stateless like the embedded
/// engine: every call stands alone, and the driver binds {name:Type} parameters itself.
/// </summary>
public sealed class ServerClickHouseEngine : IClickHouseEngine
{
    private readonly ClickHouseClient client;

    /// <summary>The same server with readonly=1 on every request, for ad-hoc queries that must not write.</summary>
    private readonly ClickHouseClient readOnlyClient;

    private ServerClickHouseEngine(ClickHouseClient client, ClickHouseClient readOnlyClient, string description)
    {
        this.client = client;
        this.readOnlyClient = readOnlyClient;
        Description = description;
    }

    public string Description { get; }

    /// <summary>Connects to the server and creates the database if missing; <paramref name="sessionSettings"/> go with every request.</summary>
    public static async Task<ServerClickHouseEngine> OpenAsync(
        Uri address, string database, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? sessionSettings = null)
    {
        var bootstrap = new ClickHouseClient(ServerSettings.From(address, "default"));
        try
        {
            await Translate(() => bootstrap.ExecuteNonQueryAsync(
                $"CREATE DATABASE IF NOT EXISTS {ClickHouseIdentifier.Quote(database)}", null, null, cancellationToken));
        }
        finally
        {
            bootstrap.Dispose();
        }
        var readOnly = new Dictionary<string, string>(sessionSettings ?? new Dictionary<string, string>()) { ["readonly"] = "1" };
        return new ServerClickHouseEngine(
            new ClickHouseClient(ServerSettings.From(address, database, sessionSettings)),
            new ClickHouseClient(ServerSettings.From(address, database, readOnly)),
            $"server ({address.Scheme}://{address.Authority.Split('@')[^1]}, database {database})");
    }

    public Task ExecuteAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken) =>
        Translate(() => client.ExecuteNonQueryAsync(sql, Bind(parameters), null, cancellationToken));

    public Task<TabularResult> QueryAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken) =>
        QueryAsync(client, sql, parameters, cancellationToken);

    public Task<TabularResult> QueryReadOnlyAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken) =>
        QueryAsync(readOnlyClient, sql, parameters, cancellationToken);

    private static async Task<TabularResult> QueryAsync(ClickHouseClient on, string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken)
    {
        var reader = await Translate(() => on.ExecuteReaderAsync(sql, Bind(parameters), null, cancellationToken));
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        return new TabularResult(columns, ReadRows(reader, CancellationToken.None), reader);
    }

    /// <summary>Sends the rows with the driver's RowBinary bulk insert, a batch at a time so memory holds one batch.</summary>
    public async Task<long> InsertAsync(string table, IReadOnlyList<string> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        long written = 0;
        await foreach (var batch in rows.Chunk(InsertBatchRows).WithCancellation(cancellationToken))
        {
            written += await Translate(
                () => client.InsertBinaryAsync(ClickHouseIdentifier.Validate(table), columns, batch.Cast<object[]>(), null, cancellationToken));
        }
        return written;
    }

    public Task ReturnFreedMemoryAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const int InsertBatchRows = 100_000;

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        readOnlyClient.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async IAsyncEnumerable<object?[]> ReadRows(ClickHouseDataReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await Translate(() => reader.ReadAsync(cancellationToken)))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = ServerValues.Normalize(reader.GetDataTypeName(i), reader.IsDBNull(i) ? null : reader.GetValue(i));
            }
            yield return row;
        }
    }

    private static ClickHouseParameterCollection? Bind(ClickHouseParameters? parameters)
    {
        if (parameters is null)
        {
            return null;
        }
        var bound = new ClickHouseParameterCollection();
        foreach (var (name, value) in parameters)
        {
            bound.AddParameter(name, value);
        }
        return bound;
    }

    /// <summary>Server errors become <see cref="ClickHouseException"/>s, like the embedded engine's; an unreachable server a clear failure.</summary>
    private static async Task<T> Translate<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ClickHouseServerException error)
        {
            var translated = ClickHouseException.FromText(error.Message);
            throw translated.Code != 0 ? translated : new ClickHouseException(error.ErrorCode, null, error.Message);
        }
        catch (HttpRequestException unreachable)
        {
            throw new StrataException($"Cannot reach the ClickHouse server: {unreachable.Message}", unreachable);
        }
    }
}
