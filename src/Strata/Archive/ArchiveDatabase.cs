using Npgsql;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>
/// The archive tier's database (STRATA_GREENPLUM) and the dialect it speaks, detected once from version().
/// Every session runs in UTC: month bounds and Greenplum's EVERY arithmetic on timestamptz must not depend on a
/// server's default time zone.
/// </summary>
public sealed class ArchiveDatabase : IAsyncDisposable
{
    private ArchiveDatabase(PostgresDatabase database, ArchiveServer server, string connectionString)
    {
        Database = database;
        Server = server;
        ConnectionString = connectionString;
        Statements = new ArchiveStatements(new ArchiveSql(server.Dialect));
    }

    public PostgresDatabase Database { get; }

    public ArchiveServer Server { get; }

    public ArchiveStatements Statements { get; }

    /// <summary>The connection string as configured (ClickHouse connects with the same credentials to push a month).</summary>
    public string ConnectionString { get; }

    public static async Task<ArchiveDatabase> ConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        var utc = new NpgsqlConnectionStringBuilder(connectionString) { Timezone = "UTC" }.ConnectionString;
        var database = new PostgresDatabase(utc);
        try
        {
            var version = await database.ScalarAsync<string>("SELECT version()", cancellationToken);
            return new ArchiveDatabase(database, ArchiveServer.FromVersion(version ?? ""), connectionString);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => Database.OpenAsync(cancellationToken);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
