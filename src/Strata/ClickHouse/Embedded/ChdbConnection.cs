using System.Runtime.InteropServices;
using System.Text;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// One libchdb connection: a session with its own current database. Not thread-safe on purpose: the
/// runtime lends it to one caller at a time, because any statement on a connection ends the stream
/// that connection is serving.
/// </summary>
internal sealed unsafe class ChdbConnection
{
    private readonly nint slot;
    private readonly nint connection;

    private ChdbConnection(nint slot)
    {
        this.slot = slot;
        connection = *(nint*)slot;
    }

    /// <summary>The database unqualified names resolve in (USE), as this class last set it.</summary>
    public string? CurrentDatabase { get; private set; }

    /// <summary>Opens a connection with clickhouse-local style arguments (--path=..., --setting=value).</summary>
    public static ChdbConnection Open(IReadOnlyList<string> arguments)
    {
        var encoded = arguments.Select(argument => Encoding.UTF8.GetBytes(argument + '\0')).ToArray();
        var handles = encoded.Select(bytes => GCHandle.Alloc(bytes, GCHandleType.Pinned)).ToArray();
        try
        {
            var argv = stackalloc byte*[encoded.Length];
            for (var i = 0; i < encoded.Length; i++)
            {
                argv[i] = (byte*)handles[i].AddrOfPinnedObject();
            }
            var slot = LibChdb.Connect(encoded.Length, argv);
            if (slot == 0 || *(nint*)slot == 0)
            {
                throw new ClickHouseException($"The embedded ClickHouse refused to open ({string.Join(' ', arguments)}).");
            }
            return new ChdbConnection(slot);
        }
        finally
        {
            Array.ForEach(handles, handle => handle.Free());
        }
    }

    /// <summary>Whether this session runs with readonly=1 (set once, and readonly=1 forbids setting it back).</summary>
    public bool ReadOnly { get; private set; }

    public void MakeReadOnly()
    {
        Execute("SET readonly = 1", null);
        ReadOnly = true;
    }

    public void Use(string database)
    {
        if (CurrentDatabase != database)
        {
            Execute($"USE {ClickHouseIdentifier.Quote(database)}", null);
            CurrentDatabase = database;
        }
    }

    /// <summary>Runs a statement to completion, discarding any output.</summary>
    public void Execute(string sql, ClickHouseParameters? parameters) =>
        LibChdb.DestroyResult(ChdbResult.ThrowIfFailed(Call(&LibChdb.QueryWithParams, sql, "TabSeparated", parameters)));

    /// <summary>Runs a query to completion (for statements libchdb cannot stream); the caller destroys the result.</summary>
    public nint Query(string sql, ClickHouseParameters? parameters, string format) =>
        ChdbResult.ThrowIfFailed(Call(&LibChdb.QueryWithParams, sql, format, parameters));

    /// <summary>Starts a streaming query; the returned handle must be destroyed (<see cref="LibChdb.DestroyResult"/>).</summary>
    public nint StartStream(string sql, ClickHouseParameters? parameters, string format) =>
        ChdbResult.ThrowIfFailed(Call(&LibChdb.StreamQueryWithParams, sql, format, parameters));

    /// <summary>The next chunk of a stream (empty at the end); the caller destroys it.</summary>
    public nint Fetch(nint stream) => ChdbResult.ThrowIfFailed(LibChdb.StreamFetch(connection, stream));

    public void Cancel(nint stream) => LibChdb.StreamCancel(connection, stream);

    /// <summary>Starts a streaming INSERT (no FORMAT clause in the SQL); the connection serves nothing else until it is destroyed.</summary>
    public nint StartInsert(string sql, string format)
    {
        var query = Encoding.UTF8.GetBytes(sql);
        var formatBytes = Encoding.UTF8.GetBytes(format);
        fixed (byte* q = query)
        fixed (byte* f = formatBytes)
        {
            var insert = LibChdb.StreamInsert(connection, q, (nuint)query.Length, f, (nuint)formatBytes.Length);
            try
            {
                ChdbInsertStream.ThrowIfFailed(insert);
                return insert;
            }
            catch
            {
                ChdbInsertStream.Destroy(insert); // required even for a stream that failed to start
                throw;
            }
        }
    }

    public void Close()
    {
        LibChdb.CloseConnection(slot);
    }

    /// <summary>
    /// Calls a query entry point with the SQL, format and parameters as length-delimited UTF-8 (the _n
    /// variants, so values may hold any byte). Values travel as ClickHouse text, never inside the SQL.
    /// </summary>
    private nint Call(
        delegate*<nint, byte*, nuint, byte*, nuint, byte**, nuint*, byte**, nuint*, nuint, nint> entry,
        string sql, string format, ClickHouseParameters? parameters)
    {
        var query = Encoding.UTF8.GetBytes(sql);
        var formatBytes = Encoding.UTF8.GetBytes(format);
        var pairs = (parameters ?? []).ToArray();
        var count = pairs.Length;
        // All names, then all values, in one UTF-8 block: the names array is pointers[0..count), the values pointers[count..).
        string[] texts = [.. pairs.Select(p => p.Key), .. pairs.Select(p => EscapedText.Format(p.Value))];
        var offsets = new int[texts.Length + 1];
        for (var i = 0; i < texts.Length; i++)
        {
            offsets[i + 1] = offsets[i] + Encoding.UTF8.GetByteCount(texts[i]);
        }
        var block = new byte[offsets[^1]];
        for (var i = 0; i < texts.Length; i++)
        {
            Encoding.UTF8.GetBytes(texts[i], block.AsSpan(offsets[i]));
        }
        var pointers = new nint[texts.Length];
        var lengths = new nuint[texts.Length];
        fixed (byte* q = query)
        fixed (byte* f = formatBytes)
        fixed (byte* b = block)
        fixed (nint* p = pointers)
        fixed (nuint* l = lengths)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                p[i] = (nint)(b + offsets[i]);
                l[i] = (nuint)(offsets[i + 1] - offsets[i]);
            }
            return entry(connection, q, (nuint)query.Length, f, (nuint)formatBytes.Length,
                (byte**)p, l, (byte**)(p + count), l + count, (nuint)count);
        }
    }
}
