using Npgsql;
using Strata.Configuration;
using Strata.Security;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A login role of this test alone that acts as one of Strata's roles (strata_etl, strata_reader): a member of it whose
/// sessions start with SET ROLE to it, so what it may do is exactly what that role may do. Roles are cluster-wide and
/// other test runs share the server, so the shared roles' passwords are never touched; dropped afterwards.
/// </summary>
public sealed class TestLogin : IAsyncDisposable
{
    private static readonly string Server = StrataSettings.FromEnvironment().Raw;

    private TestLogin(string actsAs, string password)
    {
        ActsAs = actsAs;
        Password = password;
    }

    public string Name { get; } = $"strata_t_{Guid.NewGuid():N}"[..24];

    public string ActsAs { get; }

    public string Password { get; }

    public static async Task<TestLogin> CreateAsync(string actsAs, string? password = null)
    {
        var login = new TestLogin(actsAs, password ?? Guid.NewGuid().ToString("N"));
        await AdminAsync($"CREATE ROLE {login.Name} LOGIN PASSWORD '{ScramVerifier.Of(login.Password)}' IN ROLE {actsAs}");
        await AdminAsync($"ALTER ROLE {login.Name} SET role = '{actsAs}'");
        return login;
    }

    /// <summary><paramref name="connectionString"/> with this login's user name and password.</summary>
    public string On(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = Name, Password = Password, Pooling = false }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP ROLE IF EXISTS {Name}");
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
