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
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", cancellationToken, ("key", LockKey));
        try
        {
            await connection.ExecuteAsync(SqlCatalog.Read("raw/schema_migrations.sql"), cancellationToken);
            var applied = (await connection.ReadAsync("SELECT version FROM schema_migrations", reader => reader.Column<string>("version"), cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
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
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", LockKey));
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, string version, string sql, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(sql, cancellationToken);
        await connection.ExecuteAsync("INSERT INTO schema_migrations (version) VALUES (@version)", cancellationToken, ("version", version));
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>How many migrations the database now has, and which this run applied.</summary>
public sealed record MigrationResult(int SchemaVersion, IReadOnlyList<string> Applied);
