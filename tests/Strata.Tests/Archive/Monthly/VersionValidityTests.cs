using Npgsql;
using Strata.Archive;
using Strata.Diagnostics;
using Strata.Postgres;

namespace Strata.Tests.Archive.Monthly;

/// <summary>
/// The rule the summaries' equality join relies on (decision 0010): every version of historical_products and
/// historical_customers starts and ends at a UTC month start (or -infinity / infinity). The archive refuses a version
/// written by hand that breaks it, whatever the session's time zone; an archive made before the rule gains its CHECK
/// at the next run's prepare, which stops, naming the table and the key, when such a version is already there; and
/// no month's summaries are rebuilt over tables without the CHECK (a summaries step run alone before prepare).
/// </summary>
public sealed class VersionValidityTests(ArchivePipeline pipeline) : IClassFixture<ArchivePipeline>, IAsyncLifetime
{
    private static readonly ArchiveMonth January = new(2024, 1);
    private static readonly ArchiveMonth February = new(2024, 2);

    private const string CustomersCheck = "historical_customers_validity_at_utc_month_starts";

    private static readonly string[] OnlyPrepare = ["prepare"];

    /// <summary>A second version of customer 5, opened by hand at the instant given (a SQL literal), current from then on.</summary>
    private static string HandWrittenVersion(string validFrom) =>
        "INSERT INTO historical_customers SELECT customer_id, age, gender, 'Bremen', 'North', country, registration_date, "
        + $"{validFrom}, 'infinity', true FROM historical_customers WHERE customer_id = 5 AND valid_from = '-infinity'";

    private const string RemoveHandWrittenVersions = "DELETE FROM historical_customers WHERE city = 'Bremen'";

    public async Task InitializeAsync()
    {
        var summary = await pipeline.RunAsync(null, January);
        Assert.True(summary.Succeeded, summary.Error);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_hand_written_version_starting_mid_month_is_refused_naming_the_rule()
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            pipeline.Archive.Database.ExecuteAsync(HandWrittenVersion("'2024-02-15 00:00:00+00'"), CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
        Assert.Equal(CustomersCheck, refused.ConstraintName);
        Assert.Contains($"violates check constraint \"{CustomersCheck}\"", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rule_is_about_UTC_month_starts_whatever_the_session_time_zone()
    {
        await using var connection = await pipeline.Archive.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("SET LOCAL TimeZone = 'Europe/Berlin'", CancellationToken.None);

        // 1 March 01:00 in Berlin is the UTC month start; Berlin's own midnight is 29 February 23:00 UTC.
        await connection.ExecuteAsync(HandWrittenVersion("'2024-03-01 01:00:00'"), CancellationToken.None);
        await connection.ExecuteAsync("SAVEPOINT berlin_midnight", CancellationToken.None);
        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync(HandWrittenVersion("'2024-03-01 00:00:00'"), CancellationToken.None));
        Assert.Equal(CustomersCheck, refused.ConstraintName);
        await connection.ExecuteAsync("ROLLBACK TO SAVEPOINT berlin_midnight", CancellationToken.None);

        Assert.Equal("2024-03-01 00:00:00", await connection.ScalarAsync<string>(
            "SELECT (valid_from AT TIME ZONE 'UTC')::text FROM historical_customers WHERE city = 'Bremen'", CancellationToken.None));
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task An_archive_made_before_the_rule_stops_at_prepare_naming_a_breaking_version_until_it_is_mended()
    {
        await pipeline.Archive.Database.ExecuteAsync($"ALTER TABLE historical_customers DROP CONSTRAINT {CustomersCheck}", CancellationToken.None);
        await pipeline.Archive.Database.ExecuteAsync(HandWrittenVersion("'2024-02-15 09:30:00+00'"), CancellationToken.None);
        try
        {
            var stopped = await pipeline.RunAsync(null, February);

            Assert.False(stopped.Succeeded);
            Assert.Equal(OnlyPrepare, stopped.Steps.Select(s => s.Name));
            Assert.Equal("historical_customers holds 1 version(s) that do not start and end at a UTC month start "
                + "(customer_id 5 from 2024-02-15 09:30:00 to infinity, UTC). The monthly summaries count each month's sales under the versions "
                + "valid at its first instant, which is right only while versions change at month starts, as the monthly run writes them. "
                + "Set each valid_from and valid_to to the UTC month start the change belongs to (or delete the version), then run the month again.",
                stopped.Error);
            Assert.False(await HasCheckAsync());
        }
        finally
        {
            await pipeline.Archive.Database.ExecuteAsync(RemoveHandWrittenVersions, CancellationToken.None);
        }

        var mended = await pipeline.RunAsync(null, February);

        Assert.True(mended.Succeeded, mended.Error);
        Assert.True(await HasCheckAsync());
    }

    [Fact]
    public async Task A_month_s_summaries_are_not_rebuilt_over_tables_without_the_rule()
    {
        await pipeline.Archive.Database.ExecuteAsync($"ALTER TABLE historical_customers DROP CONSTRAINT {CustomersCheck}", CancellationToken.None);
        try
        {
            var refused = await Assert.ThrowsAsync<StrataException>(() =>
                new ArchiveSummaries(pipeline.Archive).RebuildMonthAsync(January, CancellationToken.None));

            Assert.Equal($"historical_customers lacks its check {CustomersCheck}, which the monthly summaries rely on: run the month's prepare "
                + "step first (strata run monthly --month M --step prepare, or the whole month).", refused.Message);
        }
        finally
        {
            await new ArchiveSchema(pipeline.Archive).EnsureAsync(January, January, CancellationToken.None);
        }
        Assert.True(await HasCheckAsync());
    }

    private async Task<bool> HasCheckAsync() => await pipeline.Archive.Database.ScalarAsync<bool>(
        $"SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '{CustomersCheck}' AND convalidated)", CancellationToken.None);
}
