using Strata.Postgres;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Postgres;

/// <summary>Every connection PostgresDatabase hands out runs without JIT, including one the pool has reset and lent again.</summary>
public sealed class SessionSettingsTests(EmptyTestDatabase db) : IClassFixture<EmptyTestDatabase>
{
    [Fact]
    public async Task The_server_compiles_by_default_but_a_strata_session_does_not()
    {
        await using (var plain = new Npgsql.NpgsqlConnection(db.ConnectionString))
        {
            await plain.OpenAsync();
            Assert.Equal("on", await plain.ScalarAsync<string>("SHOW jit", CancellationToken.None));
        }

        Assert.Equal("off", await db.Database.ScalarAsync<string>("SHOW jit", CancellationToken.None));
    }

    [Fact]
    public async Task A_pooled_connection_reset_and_lent_again_still_runs_without_jit()
    {
        int firstBackend;
        await using (var first = await db.Database.OpenAsync(CancellationToken.None))
        {
            firstBackend = await first.ScalarAsync<int>("SELECT pg_backend_pid()", CancellationToken.None);
        }

        await using var again = await db.Database.OpenAsync(CancellationToken.None);

        Assert.Equal(firstBackend, await again.ScalarAsync<int>("SELECT pg_backend_pid()", CancellationToken.None));
        Assert.Equal("off", await again.ScalarAsync<string>("SHOW jit", CancellationToken.None));
    }
}
