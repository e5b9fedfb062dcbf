using Npgsql;
using Strata.Postgres;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Postgres;

/// <summary>
/// `strata run daily` opens PostgreSQL's first session while the embedded engine starts (PostgresDatabase.WarmUpAsync):
/// the session stays in the pool for the run's first statement, and a server that cannot be reached is left for that
/// statement to report.
/// </summary>
public sealed class WarmUpTests(EmptyTestDatabase db) : IClassFixture<EmptyTestDatabase>
{
    [Fact]
    public async Task The_session_opened_ahead_is_the_one_the_first_statement_uses()
    {
        var application = $"warm-up-{Guid.NewGuid():N}";
        await using var raw = new PostgresDatabase(new NpgsqlConnectionStringBuilder(db.ConnectionString) { ApplicationName = application }.ConnectionString);

        await raw.WarmUpAsync(CancellationToken.None);
        Assert.Equal(1, await SessionsAsync(application));

        Assert.Equal(application, await raw.ScalarAsync<string>("SELECT current_setting('application_name')", CancellationToken.None));
        Assert.Equal(1, await SessionsAsync(application));
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_left_to_the_next_statement()
    {
        var unreachable = $"Host=127.0.0.1;Port={TestPorts.Next()};Username=strata;Password=strata;Database=strata;Timeout=3";
        await using var raw = new PostgresDatabase(unreachable);

        await raw.WarmUpAsync(CancellationToken.None);

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => raw.ScalarAsync<int>("SELECT 1", CancellationToken.None));
    }

    private Task<long> SessionsAsync(string application) =>
        db.Database.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE application_name = @application", CancellationToken.None,
            ("application", application));
}
