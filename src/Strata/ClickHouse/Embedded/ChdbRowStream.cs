using System.Runtime.CompilerServices;
using Strata.ClickHouse.RowBinary;
using Strata.Querying;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// A query's rows as libchdb streams them, one chunk (about a megabyte) at a time, so memory holds one chunk
/// however large the result. The stream keeps its connection until the rows end or the result is disposed.
/// </summary>
internal sealed class ChdbRowStream : IAsyncDisposable
{
    private const string Format = "RowBinaryWithNamesAndTypes";
    private const int BadArguments = 36;

    private readonly ChdbRuntime runtime;
    private ChdbConnection? connection;
    private nint stream;
    private bool ended;
    private bool failed;
    private ChdbChunk? pending; // the first chunk, fetched for its header, until the rows are read

    private ChdbRowStream(ChdbRuntime runtime, ChdbConnection connection)
    {
        this.runtime = runtime;
        this.connection = connection;
    }

    public static async Task<TabularResult> OpenAsync(
        ChdbRuntime runtime, string database, string sql, ClickHouseParameters? parameters, bool readOnly, CancellationToken cancellationToken)
    {
        var rows = new ChdbRowStream(runtime, runtime.Rent(database, readOnly));
        try
        {
            rows.pending = await rows.StartAsync(sql, parameters, cancellationToken);
            var header = rows.pending?.Header ?? new RowBinaryHeader([], []);
            return new TabularResult(header.Names, rows.ReadAsync(header.Decoders(), CancellationToken.None), rows);
        }
        catch
        {
            await rows.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the stream and fetches its first chunk, which carries the column names even when there are no rows.</summary>
    private async Task<ChdbChunk?> StartAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken)
    {
        var owner = connection!;
        try
        {
            stream = await Task.Run(() => owner.StartStream(sql, parameters, Format), cancellationToken);
        }
        catch (ClickHouseException notStreamable) when (notStreamable.Code == BadArguments
            && notStreamable.Detail.StartsWith("Streaming query is not supported", StringComparison.Ordinal))
        {
            // DDL and other statements without a result stream: run them whole; their output is empty or tiny.
            ended = true;
            return await Task.Run(() => ChunkOrNull(owner.Query(sql, parameters, Format)), cancellationToken);
        }
        return await FetchAsync(cancellationToken);
    }

    private async Task<ChdbChunk?> FetchAsync(CancellationToken cancellationToken)
    {
        if (ended)
        {
            return null;
        }
        var owner = connection!;
        var handle = stream;
        return await Task.Run(() =>
        {
            nint result;
            try
            {
                result = owner.Fetch(handle);
            }
            catch (ClickHouseException)
            {
                ended = true; // a failed stream is over; there is nothing left to cancel
                failed = true;
                throw;
            }
            var chunk = ChunkOrNull(result);
            ended = chunk is null;
            return chunk;
        }, cancellationToken);
    }

    /// <summary>A chunk over the result, or null (the result destroyed) when it holds no bytes: the end of the stream.</summary>
    private static ChdbChunk? ChunkOrNull(nint result)
    {
        if (ChdbResult.Bytes(result).IsEmpty)
        {
            LibChdb.DestroyResult(result);
            return null;
        }
        return new ChdbChunk(result);
    }

    private async IAsyncEnumerable<object?[]> ReadAsync(ColumnDecoder[] decoders, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            for (var chunk = Interlocked.Exchange(ref pending, null); chunk is not null; chunk = await FetchAsync(cancellationToken))
            {
                using (chunk)
                {
                    while (chunk.TryReadRow(decoders, out var row))
                    {
                        yield return row;
                    }
                }
            }
        }
        finally
        {
            await DisposeAsync();
        }
    }

    /// <summary>Ends the stream (cancelling it if rows are left) and gives the connection back. Safe to call twice.</summary>
    public ValueTask DisposeAsync()
    {
        var owner = Interlocked.Exchange(ref connection, null);
        if (owner is null)
        {
            return ValueTask.CompletedTask;
        }
        Interlocked.Exchange(ref pending, null)?.Dispose();
        var cleanEnd = stream == 0 || (ended && !failed); // never started, or read to its end
        if (stream != 0)
        {
            if (!ended)
            {
                owner.Cancel(stream);
            }
            LibChdb.DestroyResult(stream);
            stream = 0;
        }
        if (cleanEnd)
        {
            runtime.Return(owner);
        }
        else
        {
            // A stream cancelled or failed part-way may leave state behind in libchdb's session (once, under
            // heavy concurrency, the next query on such a connection returned rows that were not its own):
            // the connection is retired, never lent again, and closed at exit with the others.
            runtime.Retire(owner);
        }
        return ValueTask.CompletedTask;
    }
}
