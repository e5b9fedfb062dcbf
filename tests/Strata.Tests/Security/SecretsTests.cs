using System.Text;
using Npgsql;
using Strata.Security;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Security;

/// <summary>
/// The whole pipeline (ingest, daily, monthly) runs as a login acting as strata_etl, with a distinctive password, and with
/// debug logs and JSON summaries; a failing run adds the error paths. The password must then appear nowhere: not in
/// what any command printed, not in any table of the raw tier, the archive or ClickHouse (the run history and the
/// ledgers included), not in ClickHouse's table definitions or query log, not in any file of the data folder or the store.
/// </summary>
public sealed class SecretsTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>, IAsyncLifetime
{
    private readonly TestDatabase raw = new();
    private readonly EmptyTestDatabase archive = new();
    private readonly TestClickHouse clickHouse = new();

    public async Task InitializeAsync()
    {
        await raw.InitializeAsync();
        await archive.InitializeAsync();
        await clickHouse.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await clickHouse.DisposeAsync();
        await archive.DisposeAsync();
        await raw.DisposeAsync();
    }

    [Fact]
    public async Task A_distinctive_password_appears_in_no_output_table_log_or_file()
    {
        var admin = Variables(raw.ConnectionString, archive.ConnectionString);
        Assert.Equal(0, (await CliRun.InvokeAsync(admin, "db", "init")).ExitCode);
        var password = $"Pw{Guid.NewGuid():N}";
        await using var etl = await TestLogin.CreateAsync(AccessRoles.Etl, password);
        await using var reader = await TestLogin.CreateAsync(AccessRoles.Reader, password);
        var asEtl = Variables(etl.On(raw.ConnectionString), etl.On(archive.ConnectionString));
        var data = folder.Path("input");
        var printed = new StringBuilder();

        async Task<int> RunAsync(Dictionary<string, string> variables, params string[] args)
        {
            var run = await CliRun.InvokeAsync(variables, [.. args, "--json", "--verbose"]);
            printed.Append(run.Out).Append(run.Error);
            return run.ExitCode;
        }

        async Task SucceedsAsync(Dictionary<string, string> variables, params string[] args)
        {
            var from = printed.Length;
            var exitCode = await RunAsync(variables, args);
            Assert.True(exitCode == 0, $"{string.Join(' ', args)}: {printed.ToString(from, printed.Length - from)}");
        }

        await SucceedsAsync(asEtl, "generate", "--out", data, "--sales", "400", "--start", "2024-01-01", "--end", "2024-01-31",
            "--defects", "0.05");
        await SucceedsAsync(asEtl, "ingest", data);
        await SucceedsAsync(asEtl, "run", "daily", "--from", "2024-01-01", "--to", "2024-01-31");
        await SucceedsAsync(asEtl, "run", "monthly", "--month", "2024-01");
        await SucceedsAsync(asEtl, "runs", "list");
        // Failures: the reader may not write the run history or the ledgers; the archive on a port where nothing listens.
        Assert.Equal(1, await RunAsync(Variables(reader.On(raw.ConnectionString), reader.On(archive.ConnectionString)), "ingest", data));
        var unreachable = new NpgsqlConnectionStringBuilder(etl.On(raw.ConnectionString)) { Port = 1, Timeout = 2 }.ConnectionString;
        Assert.Equal(1, await RunAsync(Variables(unreachable, unreachable), "runs", "list"));

        Assert.DoesNotContain(password, printed.ToString(), StringComparison.Ordinal);
        Assert.Empty(await PostgresRowsWithAsync(raw, password, "public", "strata_meta"));
        Assert.Empty(await PostgresRowsWithAsync(archive, password, "public"));
        Assert.Empty(await ClickHouseTextWithAsync(password));
        Assert.Empty(FilesWith(password, folder.Root, TestClickHouse.Directory));
        // The searches find what is there.
        Assert.Contains("public.load_ledger", await PostgresRowsWithAsync(raw, "sales_data.csv", "public"));
        Assert.Contains("public.historical_sales", await PostgresRowsWithAsync(archive, "2024-01-", "public"));
        Assert.Contains("fact_sales", await ClickHouseTextWithAsync("2024-01-"));
        Assert.NotEmpty(FilesWith("customer_id", folder.Root));
    }

    private Dictionary<string, string> Variables(string postgres, string greenplum) => new()
    {
        ["STRATA_POSTGRES"] = postgres,
        ["STRATA_GREENPLUM"] = greenplum,
        ["STRATA_CLICKHOUSE"] = clickHouse.Location,
        ["STRATA_DATA"] = folder.Root,
    };

    /// <summary>"schema.table" of every table in <paramref name="schemas"/> that has a row whose text holds <paramref name="secret"/>.</summary>
    private static async Task<List<string>> PostgresRowsWithAsync(TestDatabase db, string secret, params string[] schemas)
    {
        var tables = await db.RowsAsync("SELECT table_schema || '.' || table_name FROM information_schema.tables "
            + $"WHERE table_schema IN ({string.Join(", ", schemas.Select(s => $"'{s}'"))}) AND table_type IN ('BASE TABLE', 'VIEW')");
        var found = new List<string>();
        foreach (var table in tables)
        {
            if ((await db.RowsAsync($"SELECT count(*) FROM {table} AS t WHERE position('{secret}' IN t::text) > 0"))[0] != "0")
            {
                found.Add(table);
            }
        }
        return found;
    }

    /// <summary>Every ClickHouse table of the test database (rows and definition) and the query log, where the engine keeps one.</summary>
    private async Task<List<string>> ClickHouseTextWithAsync(string secret)
    {
        var found = new List<string>();
        var tables = await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = currentDatabase()");
        Assert.NotEmpty(tables);
        foreach (var table in tables.Select(row => (string)row[0]!))
        {
            var definition = await clickHouse.RowsAsync($"SHOW CREATE TABLE `{table}`");
            var rows = await clickHouse.RowsAsync($"SELECT count() FROM `{table}` AS t WHERE position(toString(tuple(*)), '{secret}') > 0");
            if (((string)definition[0][0]!).Contains(secret, StringComparison.Ordinal) || Convert.ToInt64(rows[0][0]) > 0)
            {
                found.Add(table);
            }
        }
        var logs = await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = 'system' AND name IN ('query_log', 'text_log')");
        foreach (var log in logs.Select(row => (string)row[0]!))
        {
            var rows = await clickHouse.RowsAsync($"SELECT count() FROM system.{log} AS t WHERE position(toString(tuple(*)), '{secret}') > 0");
            if (Convert.ToInt64(rows[0][0]) > 0)
            {
                found.Add($"system.{log}");
            }
        }
        return found;
    }

    /// <summary>Larger files are compressed table data, where a plain-text search finds nothing anyway; logs and metadata are small.</summary>
    private const long SearchedFileBytes = 4 * 1024 * 1024;

    private static List<string> FilesWith(string secret, params string[] roots)
    {
        var bytes = Encoding.UTF8.GetBytes(secret);
        return [.. roots.SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(file => new FileInfo(file) is { LinkTarget: null, Length: < SearchedFileBytes } && ReadOrEmpty(file).AsSpan().IndexOf(bytes) >= 0)];
    }

    private static byte[] ReadOrEmpty(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (IOException)
        {
            return [];
        }
    }
}
