using System.Globalization;
using Npgsql;

namespace Strata.Backups;

/// <summary>pg_dump and pg_restore pointed at the database a connection string names, the password passed as PGPASSWORD.</summary>
internal sealed class PostgresTools(string connectionString)
{
    private readonly NpgsqlConnectionStringBuilder settings = new(connectionString);

    public string Database => settings.Database ?? "";

    /// <summary>The same server and credentials, another database (a scratch one to restore into).</summary>
    public PostgresTools On(string database) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString);

    public string ConnectionString => settings.ConnectionString;

    /// <summary>The whole database in pg_dump's custom format (compressed, restorable table by table), as of <paramref name="snapshot"/>.</summary>
    public Task DumpAsync(string file, string snapshot, string step, CancellationToken cancellationToken) =>
        ExternalTool.RunAsync("pg_dump", ["--format=custom", $"--snapshot={snapshot}", $"--file={file}", $"--dbname={ConnectionInfo()}"],
            Environment(), step, cancellationToken);

    /// <summary>
    /// Restores a dump into this database in one transaction (all or nothing), dropping what the dump holds first when
    /// <paramref name="clean"/>; objects are owned by the connecting role.
    /// </summary>
    public Task RestoreAsync(string file, bool clean, string step, CancellationToken cancellationToken) =>
        ExternalTool.RunAsync("pg_restore",
            [.. clean ? ["--clean", "--if-exists"] : Array.Empty<string>(), "--no-owner", "--single-transaction", "--exit-on-error",
                $"--dbname={ConnectionInfo()}", file],
            Environment(), step, cancellationToken);

    public static async Task<string> VersionAsync(string tool, CancellationToken cancellationToken) =>
        (await ExternalTool.RunAsync(tool, ["--version"], new Dictionary<string, string>(), $"{tool} --version", cancellationToken)).Trim();

    /// <summary>libpq's key=value form, without the password.</summary>
    private string ConnectionInfo() => string.Join(" ", new[]
    {
        ("host", settings.Host),
        ("port", settings.Port.ToString(CultureInfo.InvariantCulture)),
        ("user", settings.Username),
        ("dbname", settings.Database),
    }.Where(pair => !string.IsNullOrEmpty(pair.Item2)).Select(pair => $"{pair.Item1}='{pair.Item2!.Replace("\\", "\\\\").Replace("'", "\\'")}'"));

    private Dictionary<string, string> Environment() =>
        settings.Password is { Length: > 0 } password ? new() { ["PGPASSWORD"] = password } : [];
}
