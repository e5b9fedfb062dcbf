using Strata.Postgres;
using Strata.Sql;

namespace Strata.Archive;

/// <summary>
/// Creates the archive's tables the first time (in the dialect's own DDL; the returns' tables, the monthly
/// summaries and the version tables' validity CHECKs whenever they are missing), (re)creates the BI views and makes sure
/// the database defaults to UTC every time, in one transaction under a lock, so two runs starting together cannot
/// both create the tables.
/// </summary>
public sealed class ArchiveSchema(ArchiveDatabase archive)
{
    /// <summary>Serialises schema changes between processes (pg_advisory_xact_lock works on Greenplum too).</summary>
    private const long SchemaLock = 0x5354_5241_4743; // "STRAGC"

    /// <summary>Returns true when this call created the tables. A Greenplum 6 table is created with partitions for first..last.</summary>
    public async Task<bool> EnsureAsync(ArchiveMonth first, ArchiveMonth last, CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync($"SELECT pg_advisory_xact_lock({SchemaLock})", cancellationToken);
        await ArchiveTimeZone.EnsureUtcAsync(archive.Statements, connection, cancellationToken);
        var exists = await connection.ScalarAsync<bool>("SELECT to_regclass('historical_sales') IS NOT NULL", cancellationToken);
        if (!exists)
        {
            await connection.ExecuteAsync(archive.Statements.CreateTables(first, last), cancellationToken);
        }
        // Returns came after the first archives: an archive created before them gains the tables here.
        if (!await connection.ScalarAsync<bool>("SELECT to_regclass('historical_returns') IS NOT NULL", cancellationToken))
        {
            await connection.ExecuteAsync(archive.Statements.CreateReturns(), cancellationToken);
        }
        // The monthly summaries came later still (decision 0010): the next monthly run fills every archived month.
        if (!await connection.ScalarAsync<bool>("SELECT to_regclass('historical_sales_by_customer_month') IS NOT NULL", cancellationToken))
        {
            await connection.ExecuteAsync(archive.Statements.CreateSummaries(), cancellationToken);
        }
        // The version tables' validity CHECKs came with the summaries' equality join (decision 0010); new tables have them.
        await VersionValidity.EnsureAsync(archive.Statements, connection, cancellationToken);
        foreach (var view in SqlCatalog.List(ViewsFolder))
        {
            await connection.ExecuteAsync(SqlCatalog.Read(view), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return !exists;
    }

    /// <summary>The BI views (R8.4): plain SQL every dialect runs, created in file-name order.</summary>
    public const string ViewsFolder = "archive/views";
}
