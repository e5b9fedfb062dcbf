using Npgsql;
using Strata.Sql;

namespace Strata.Raw.Ingest;

/// <summary>Runs the ingest's SQL files on the file's connection (and so inside its transaction).</summary>
internal static class IngestSql
{
    /// <summary>Runs a statement and returns the rows it affected (the rows an UPDATE or INSERT wrote).</summary>
    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string path, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = Command(connection, path, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string path, params object[] parameters)
    {
        // A merge over millions of staged rows runs for minutes; the run's cancellation token, not a
        // 30-second default, decides when to give up.
        var command = new NpgsqlCommand(SqlCatalog.Read(path), connection) { CommandTimeout = 0 };
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        return command;
    }
}
