using Npgsql;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Raw;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database for one test class, on the server STRATA_POSTGRES names (or the local
/// default), migrated to the current raw schema and dropped afterwards.
/// </summary>
public class TestDatabase : IAsyncLifetime
{
    private static readonly string Server = StrataSettings.FromEnvironment().Raw;

    public string Name { get; } = $"strata_test_{Guid.NewGuid():N}"[..32];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = Name, Pooling = true }.ConnectionString;

    public PostgresDatabase Database { get; private set; } = null!;

    /// <summary>Whether the database gets the raw tier's schema; the archive tier's databases start empty.</summary>
    protected virtual bool Migrate => true;

    public async Task InitializeAsync()
    {
        await AdminAsync($"CREATE DATABASE \"{Name}\"");
        Database = new PostgresDatabase(ConnectionString);
        if (Migrate)
        {
            await new Migrator(Database).MigrateAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await DropAsync();
    }

    /// <summary>
    /// WITH (FORCE) ends the sessions still in the database (a ClickHouse postgresql() pool), but refuses (42501) to end
    /// an autovacuum worker analysing a table the test loaded, which belongs to no role the test's role is a member of.
    /// The worker is done within moments, so the drop is tried again.
    /// </summary>
    private async Task DropAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < DropAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private const int DropAttempts = 40;

    /// <summary>Terminates every session of this database, as a PostgreSQL restart or a network cut does to a run in flight.</summary>
    public async Task TerminateSessionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var kill = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
        kill.Parameters.AddWithValue("name", Name);
        await kill.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
