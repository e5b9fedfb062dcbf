using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Raw.Ingest;

/// <summary>
/// What every file of one ingest run shares: the connection, the run's id for the ledger, its clock reading and its
/// log. Statements run by SQL file name, each timed at debug level (`--verbose`): where an ingest spends its time,
/// file by file.
/// </summary>
internal sealed record IngestSession(NpgsqlConnection Connection, Guid RunId, DateTime NowUtc, ILogger Logger)
{
    /// <summary>Runs the statement(s) of one SQL file and returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(string sqlFile, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var clock = Stopwatch.StartNew();
        var affected = await Connection.ExecuteAsync(SqlCatalog.Read(sqlFile), cancellationToken, parameters);
        IngestLog.StatementTimed(Logger, sqlFile, clock.ElapsedMilliseconds);
        return affected;
    }

    /// <summary>
    /// Runs one statement PostgreSQL itself spelt from its catalog (an index or constraint definition, see
    /// <see cref="FirstLoad"/>), timed under <paramref name="label"/>.
    /// </summary>
    public async Task ExecuteCatalogStatementAsync(string label, string statement, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await Connection.ExecuteAsync(statement, cancellationToken);
        IngestLog.StatementTimed(Logger, label, clock.ElapsedMilliseconds);
    }

    /// <summary>Every row one SQL file's query returns, each read by <paramref name="map"/>.</summary>
    public async Task<List<T>> ReadAsync<T>(
        string sqlFile, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var clock = Stopwatch.StartNew();
        var rows = await Connection.ReadAsync(SqlCatalog.Read(sqlFile), map, cancellationToken, parameters);
        IngestLog.StatementTimed(Logger, sqlFile, clock.ElapsedMilliseconds);
        return rows;
    }
}
