using System.Data;
using System.Diagnostics;
using Npgsql;
using Strata.Diagnostics;

namespace Strata.Backups;

/// <summary>
/// The raw tier or the archive (a PostgreSQL database) in a backup: one pg_dump file in custom format, <c>&lt;tier&gt;.dump</c>.
/// </summary>
internal sealed class PostgresTierBackup(BackupTier tier, string connectionString)
{
    private readonly PostgresTools tools = new(connectionString);

    public BackupTier Tier => tier;

    private string FileIn(string folder) => Path.Combine(folder, $"{tier.Name()}.dump");

    /// <summary>
    /// Dumps the database and reads its figures in one snapshot: a REPEATABLE READ transaction exports its snapshot, reads
    /// the figures, and stays open while pg_dump dumps as of that snapshot (--snapshot), so a load committing meanwhile is
    /// in neither or both.
    /// </summary>
    public async Task<TierBackup> CreateAsync(string folder, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, snapshot);
        var snapshotId = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
        var figures = await PostgresFigures.ReadAsync(connection, cancellationToken);
        await tools.DumpAsync(FileIn(folder), snapshotId, $"backup of the {tier.Name()} tier", cancellationToken);
        await snapshot.CommitAsync(cancellationToken);
        return new TierBackup(tier.Name(), figures, new FileInfo(FileIn(folder)).Length, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Restores the dump into a scratch database on the same server and reads its figures there; the scratch database is dropped.</summary>
    public async Task<IReadOnlyList<TableFigures>> RestoredFiguresAsync(string folder, CancellationToken cancellationToken)
    {
        var scratch = $"{tools.Database}_verify_{Guid.NewGuid():N}"[..Math.Min(63, tools.Database.Length + 16)];
        await AdminAsync($"CREATE DATABASE \"{scratch}\"", cancellationToken);
        try
        {
            var target = tools.On(scratch);
            await target.RestoreAsync(FileIn(folder), clean: false, $"verify of the {tier.Name()} tier (restore into {scratch})", cancellationToken);
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return await PostgresFigures.ReadAsync(connection, cancellationToken);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS \"{scratch}\" WITH (FORCE)", CancellationToken.None);
        }
    }

    /// <summary>Puts the dump back into the tier's own database: what the dump holds is dropped and recreated, in one transaction.</summary>
    public async Task RestoreAsync(string folder, CancellationToken cancellationToken)
    {
        if (!File.Exists(FileIn(folder)))
        {
            throw new StrataException($"restore of the {tier.Name()} tier: {FileIn(folder)} is missing; this backup does not hold the tier.");
        }
        NpgsqlConnection.ClearAllPools();
        await tools.RestoreAsync(FileIn(folder), clean: true, $"restore of the {tier.Name()} tier", cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> ToolVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new Dictionary<string, string>
        {
            ["pg_dump"] = await PostgresTools.VersionAsync("pg_dump", cancellationToken),
            [$"{tier.Name()} server"] = connection.PostgreSqlVersion.ToString(),
        };
    }

    /// <summary>CREATE/DROP DATABASE run outside a transaction, connected to the tier's own database.</summary>
    private async Task AdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
