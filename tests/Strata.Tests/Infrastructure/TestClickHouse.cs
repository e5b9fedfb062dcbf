using Strata.ClickHouse;
using Strata.ClickHouse.Embedded;
using Strata.Configuration;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// The embedded ClickHouse for one test class: its own database (dropped afterwards) in the test process's one
/// engine. libchdb runs one data directory per process, so every class shares a temporary directory, removed
/// when the process exits (after the engine has closed).
/// </summary>
public sealed class TestClickHouse : IAsyncLifetime
{
    private static readonly Lazy<string> SharedDirectory = new(CreateDirectory);

    public string Database { get; } = $"strata_test_{Guid.NewGuid():N}"[..32];

    public EmbeddedClickHouseEngine Engine { get; private set; } = null!;

    /// <summary>The data directory of the test process's engine.</summary>
    public static string Directory => SharedDirectory.Value;

    /// <summary>STRATA_CLICKHOUSE naming this class's database, for tests that run the CLI.</summary>
    public string Location => $"embedded:{Directory}?database={Database}";

    public async Task InitializeAsync()
    {
        Engine = await EmbeddedClickHouseEngine.OpenAsync(Directory, Database, StrataSettings.FromEnvironment().LibChdb, CancellationToken.None);
        RemoveDirectoryAtExit();
    }

    public async Task DisposeAsync()
    {
        await Engine.ExecuteAsync($"DROP DATABASE IF EXISTS {ClickHouseIdentifier.Quote(Database)} SYNC", null, CancellationToken.None);
        await Engine.DisposeAsync();
    }

    /// <summary>Rows of a query as lists, for assertions.</summary>
    public async Task<List<object?[]>> RowsAsync(string sql, ClickHouseParameters? parameters = null)
    {
        await using var result = await Engine.QueryAsync(sql, parameters, CancellationToken.None);
        var rows = new List<object?[]>();
        await foreach (var row in result.Rows)
        {
            rows.Add(row);
        }
        return rows;
    }

    private static string CreateDirectory() =>
        System.IO.Directory.CreateTempSubdirectory("strata-tests-clickhouse-").FullName;

    private static int cleanupRegistered;

    /// <summary>Registered after the engine started, so it runs after the engine's own exit handler closed it.</summary>
    private static void RemoveDirectoryAtExit()
    {
        if (Interlocked.Exchange(ref cleanupRegistered, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
