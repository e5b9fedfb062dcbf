using Npgsql;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Raw;

/// <summary>
/// Applies the versioned migrations under sql/raw/migrations once each, in order, every one in its own
/// transaction, under an advisory lock so two processes never migrate at once. Re-running is a no-op.
/// </summary>
public sealed class Migrator(PostgresDatabase database)
{
    private const string Folder = "raw/migrations";
    private const long LockKey = 0x5354_5241_5441; // "STRATA"

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, SqlCatalog.Read("raw/schema_migrations.sql"), cancellationToken);
            var applied = await AppliedAsync(connection, cancellationToken);
            var newlyApplied = new List<string>();
            foreach (var path in SqlCatalog.List(Folder))
            {
                var version = Path.GetFileNameWithoutExtension(path);
                if (applied.Contains(version))
                {
                    continue;
                }
                await ApplyAsync(connection, version, SqlCatalog.Read(path), cancellationToken);
                newlyApplied.Add(version);
            }
            return new MigrationResult(applied.Count + newlyApplied.Count, newlyApplied);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private static async Task<HashSet<string>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetString(0));
        }
        return versions;
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, string version, string sql, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, sql, cancellationToken);
        await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES ($1)", connection);
        record.Parameters.AddWithValue(version);
        await record.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>How many migrations the database now has, and which this run applied.</summary>
public sealed record MigrationResult(int SchemaVersion, IReadOnlyList<string> Applied);
