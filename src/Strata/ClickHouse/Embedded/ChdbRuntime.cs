using Strata.Diagnostics;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// The embedded ClickHouse of this process. libchdb boots one engine per process at one data directory and
/// aborts if the process exits with it still open, so the runtime starts once (on first use), refuses a
/// second directory, lends its connections to one caller at a time, and closes them all at process exit. It records
/// itself as the store's holder (<see cref="StoreHolder"/>) so a process libchdb turns away learns who is in the way.
/// Connections are kept, never closed early: closing the last one would shut the engine down and the next
/// call would boot it again, which libchdb warns against.
/// </summary>
internal sealed class ChdbRuntime
{
    private static readonly Lock StartGate = new();
    private static ChdbRuntime? current;

    private readonly Lock poolGate = new();
    private readonly Stack<ChdbConnection> idle = new();
    private readonly List<ChdbConnection> retired = [];
    private bool closed;

    private ChdbRuntime(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public static ChdbRuntime Start(string directory, string libraryPath)
    {
        lock (StartGate)
        {
            var fullPath = Path.GetFullPath(directory);
            if (current is not null)
            {
                return current.Directory == fullPath
                    ? current
                    : throw new StrataException(
                        $"The embedded ClickHouse of this process already runs at {current.Directory}; libchdb serves one " +
                        $"data directory per process, so it cannot also open {fullPath}.");
            }
            if (StoreHolder.IsLocked(fullPath))
            {
                throw StoreHolder.Refusal(fullPath);
            }
            LibChdbLoader.Load(libraryPath);
            // libchdb's SIGSEGV handler would turn every managed NullReferenceException into a crash.
            LibChdb.SetSignalHandlersEnabled(0);
            // libchdb's libpq sends PGTZ to PostgreSQL: postgresql() reads timestamptz as the session's local
            // wall-clock time without its offset (ClickHouse issue 89128), so the session must be UTC.
            NativeEnvironment.Set("PGTZ", "UTC");
            System.IO.Directory.CreateDirectory(fullPath);
            var runtime = new ChdbRuntime(fullPath);
            ChdbConnection first;
            try
            {
                first = runtime.Connect();
            }
            catch (ClickHouseException refused)
            {
                // Another process took the directory's lock since it was asked, or the directory is not usable.
                throw StoreHolder.Refusal(fullPath, refused);
            }
            runtime.Return(first);
            StoreHolder.Claim(fullPath);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => runtime.Close();
            return current = runtime;
        }
    }

    /// <summary>A connection for the caller alone, in the given database (or any, when null); give it back with <see cref="Return"/>.</summary>
    public ChdbConnection Rent(string? database)
    {
        ChdbConnection? connection;
        lock (poolGate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            idle.TryPop(out connection);
        }
        connection ??= Connect();
        try
        {
            if (database is not null)
            {
                connection.Use(database);
            }
            return connection;
        }
        catch
        {
            Return(connection);
            throw;
        }
    }

    public void Return(ChdbConnection connection)
    {
        lock (poolGate)
        {
            if (!closed)
            {
                idle.Push(connection);
            }
        }
    }

    /// <summary>Takes a connection out of use for good (its session may hold a broken stream's state); closed at exit.</summary>
    public void Retire(ChdbConnection connection)
    {
        lock (poolGate)
        {
            retired.Add(connection);
        }
    }

    private ChdbConnection Connect() =>
        // Every connection is its own session: UTC, so DateTime64 columns without a zone (postgresql() gives
        // those for timestamptz) read and print as UTC whatever the machine's zone is. INSERT ... SELECT writes
        // with one thread unless told otherwise, while the daily load's inserts (sort, compress, write parts) are
        // CPU-bound: every core writes, as every core reads (max_threads).
        ChdbConnection.Open(["clickhouse", $"--path={Directory}", "--session_timezone=UTC", $"--max_insert_threads={Environment.ProcessorCount}"]);

    /// <summary>Closes the idle connections; one still lent out is mid-call on another thread, and exit reaps it.</summary>
    private void Close()
    {
        lock (poolGate)
        {
            closed = true;
            while (idle.TryPop(out var connection))
            {
                connection.Close();
            }
            retired.ForEach(connection => connection.Close());
            // Joins libchdb's threads before the runtime tears down; refuses (harmlessly) while a connection is lent out.
            _ = LibChdb.Shutdown();
            StoreHolder.Release(Directory);
        }
    }
}
