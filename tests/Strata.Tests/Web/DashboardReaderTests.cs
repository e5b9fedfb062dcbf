using System.Text.Json;
using Npgsql;
using Strata.Configuration;
using Strata.Security;
using Strata.Web.Dashboard;

namespace Strata.Tests.Web;

/// <summary>
/// The dashboard reads as the reader login, read-only: its sessions say so themselves (the pipeline page asks them), /health
/// names the login, and a write through the connections it builds fails twice over (a read-only session, and a role without
/// write grants once the session sets that aside).
/// </summary>
[Collection(DashboardStore.Collection)]
public sealed class DashboardReaderTests(DashboardStore store)
{
    [Fact]
    public async Task The_pipeline_page_shows_each_tiers_session_reading_as_the_reader_read_only()
    {
        var (page, errors) = await store.Chromium.OpenAsync();

        await page.GotoAsync(new Uri(store.Dashboard, "/dashboard/pipeline").ToString());

        var rows = page.Locator("table[data-table=reads_as] tbody tr");
        var cells = new List<string[]>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            cells.Add([.. await rows.Nth(i).Locator("td").AllInnerTextsAsync()]);
        }
        Assert.Equal(
            [["postgres", AccessRoles.Reader, store.Reader.Name, "on"], ["clickhouse", "default", "default", "on"],
                ["greenplum", AccessRoles.Reader, store.Reader.Name, "on"]],
            cells);
        Assert.Contains($"as {store.Reader.Name} in read-only sessions", await page.Locator("p.identity").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Health_names_the_login_the_dashboard_reads_as()
    {
        using var http = new HttpClient();

        using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri(store.Dashboard, "/health")));

        var dashboard = health.RootElement.GetProperty("dashboard");
        Assert.True(dashboard.GetProperty("least_privilege").GetBoolean());
        Assert.Equal(store.Reader.Name, dashboard.GetProperty("reads_as").GetProperty("postgres").GetString());
        Assert.Equal(store.Reader.Name, dashboard.GetProperty("reads_as").GetProperty("greenplum").GetString());
        Assert.Equal("readonly=1", dashboard.GetProperty("reads_as").GetProperty("clickhouse").GetString());
    }

    [Fact]
    public async Task A_write_through_the_dashboards_connections_fails()
    {
        var connections = DashboardConnections.From(StrataSettings.FromEnvironment(name => store.ReaderVariables.GetValueOrDefault(name)));

        foreach (var (connection, table) in new[] { (connections.Raw, "customer_data"), (connections.Archive, "historical_sales") })
        {
            await using var session = new NpgsqlConnection(connection);
            await session.OpenAsync();
            Assert.Equal(AccessRoles.Reader, await ScalarAsync(session, "SELECT current_user"));
            var readOnly = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(session, $"DELETE FROM {table}"));
            Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, readOnly.SqlState);
            // A session may lift its read-only default; the role's missing grants still refuse the write.
            await ScalarAsync(session, "SET default_transaction_read_only = off");
            var denied = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(session, $"DELETE FROM {table}"));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        }
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection session, string sql)
    {
        await using var command = new NpgsqlCommand(sql, session);
        return await command.ExecuteScalarAsync();
    }
}
