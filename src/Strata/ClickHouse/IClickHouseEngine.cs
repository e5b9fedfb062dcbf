using Strata.Querying;

namespace Strata.ClickHouse;

/// <summary>
/// One ClickHouse, whichever engine runs it: the embedded library (libchdb, the default) or a server over
/// HTTP (ClickHouse.Driver). Both run the same SQL files; nothing above this interface knows which it is.
/// </summary>
public interface IClickHouseEngine : IAsyncDisposable
{
    /// <summary>"embedded (/path)" or "server (https://host:8443)", for logs and summaries.</summary>
    string Description { get; }

    /// <summary>Runs one statement that returns no rows (DDL, INSERT ... SELECT, ALTER ... REPLACE PARTITION).</summary>
    Task ExecuteAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken);

    /// <summary>Runs a query and returns its rows as .NET values (Decimal as decimal, DateTime64 as UTC DateTime, Nullable as null).</summary>
    Task<TabularResult> QueryAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a query with readonly=1 (what `strata query` does without --write, and every dashboard query): writes, DDL,
    /// settings changes and the table functions that reach outside the store (file(), postgresql(), url()) are refused.
    /// </summary>
    Task<TabularResult> QueryReadOnlyAsync(string sql, ClickHouseParameters? parameters, CancellationToken cancellationToken);

    /// <summary>
    /// Appends rows from .NET to a table of the engine's database, streamed in bulk; returns how many were written.
    /// For data ClickHouse cannot pull itself (postgresql() is faster where it can). Not atomic: a failure midway
    /// leaves the rows already sent, so load into a staging table and swap partitions in.
    /// </summary>
    Task<long> InsertAsync(string table, IReadOnlyList<string> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Hands the memory the engine has freed back to the operating system. The embedded engine's allocator keeps freed
    /// pages for reuse and returns them only over the following seconds, so a measurement of this process's resident
    /// memory that starts right after a heavy statement would count that statement's pages. A server's memory is
    /// another process's: nothing to do.
    /// </summary>
    Task ReturnFreedMemoryAsync(CancellationToken cancellationToken);
}
