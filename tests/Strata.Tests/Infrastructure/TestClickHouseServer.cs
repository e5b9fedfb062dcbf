using Strata.ClickHouse;
using Strata.ClickHouse.Server;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A ClickHouse server for the server engine's tests, named by STRATA_CLICKHOUSE_TEST_URL
/// (http(s)://user:password@host:port): a unique database per test class, dropped after. Without the
/// variable the tests are skipped (<see cref="ServerFactAttribute"/>) and this fixture does nothing.
/// </summary>
public sealed class TestClickHouseServer : IAsyncLifetime
{
    public static readonly string? Url = Environment.GetEnvironmentVariable("STRATA_CLICKHOUSE_TEST_URL");

    /// <summary>Why the server tests are skipped; null when a server is configured.</summary>
    public static string? SkipReason => Url is null
        ? "No ClickHouse server: set STRATA_CLICKHOUSE_TEST_URL=http(s)://user:password@host:port to run the server engine's tests."
        : null;

    public string Database { get; } = $"strata_test_{Guid.NewGuid():N}"[..32];

    public ServerClickHouseEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Url is not null)
        {
            Engine = await ServerClickHouseEngine.OpenAsync(new Uri(Url), Database, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (Url is not null)
        {
            await Engine.ExecuteAsync($"DROP DATABASE IF EXISTS {ClickHouseIdentifier.Quote(Database)} SYNC", null, CancellationToken.None);
            await Engine.DisposeAsync();
        }
    }
}

/// <summary>A fact that needs a ClickHouse server: skipped, saying why, unless STRATA_CLICKHOUSE_TEST_URL is set.</summary>
public sealed class ServerFactAttribute : FactAttribute
{
    public ServerFactAttribute() => Skip = TestClickHouseServer.SkipReason;
}

/// <summary>A theory that needs a ClickHouse server, skipped like <see cref="ServerFactAttribute"/>.</summary>
public sealed class ServerTheoryAttribute : TheoryAttribute
{
    public ServerTheoryAttribute() => Skip = TestClickHouseServer.SkipReason;
}
