using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Strata.Tests.Infrastructure;
using Strata.Web;

namespace Strata.Tests.Web;

/// <summary>
/// The API runs pipelines and queries, so it listens on loopback unless a token guards it; a server stops cleanly on
/// SIGTERM and gives the store back.
/// </summary>
public sealed class ServerSecurityTests : FreshStoresTest
{
    private const string Token = "s3cret-token-for-tests";

    [Fact]
    public async Task Listening_beyond_loopback_without_a_token_is_refused()
    {
        var run = await StrataProcess.RunAsync(Env, ["serve", "--host", "0.0.0.0", "--port", TestPorts.Next().ToString(), "--json"]);

        Assert.Equal(2, run.ExitCode);
        using var failure = JsonDocument.Parse(run.Out);
        Assert.Equal("usage_error", failure.RootElement.GetProperty("status").GetString());
        Assert.Contains(ServerOptions.TokenVariable, failure.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Data.Root, "clickhouse", ServerLease.FileName)));
    }

    [Fact]
    public async Task With_a_token_every_request_but_the_health_probe_without_it_gets_401_and_the_cli_sends_it()
    {
        var guarded = new Dictionary<string, string>(Env) { [ServerOptions.TokenVariable] = Token };
        await using var server = await ServeProcess.StartAsync(guarded, "--host", "0.0.0.0", "--no-scheduler");
        using var http = new HttpClient();
        var health = new Uri(server.Lease.Url, "/health");
        var metrics = new Uri(server.Lease.Url, "/metrics");
        var cli = new Uri(server.Lease.Url, "/api/cli");

        Assert.True(server.Lease.TokenRequired);
        // A platform's probe carries no secret: /health answers it; everything else wants the token.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(health)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync(health, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(metrics)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync(cli, null)).StatusCode);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(metrics)).StatusCode);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await http.GetAsync(metrics)).StatusCode);

        var withToken = await StrataProcess.RunAsync(guarded, ["query", "--tier", "clickhouse", "--format", "csv", "SELECT 1 AS n"]);
        var withoutToken = await StrataProcess.RunAsync(Env, ["query", "--tier", "clickhouse", "--json", "SELECT 1 AS n"]);

        Assert.Equal((0, "n\r\n1\r\n"), (withToken.ExitCode, withToken.Out));
        Assert.Equal(1, withoutToken.ExitCode);
        using var refusal = JsonDocument.Parse(withoutToken.Out);
        Assert.Contains($"requires a token: set {ServerOptions.TokenVariable}", refusal.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, server.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_names_an_unreachable_tier_with_503()
    {
        var noArchive = new Dictionary<string, string>(Env)
        {
            ["STRATA_GREENPLUM"] = new Npgsql.NpgsqlConnectionStringBuilder(Raw.ConnectionString) { Database = "strata_no_such_archive" }.ConnectionString,
        };
        await using var server = await ServeProcess.StartAsync(noArchive, "--no-scheduler");
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(server.Lease.Url, "/health"));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("degraded", health.RootElement.GetProperty("status").GetString());
        var archive = health.RootElement.GetProperty("tiers").GetProperty("greenplum");
        Assert.False(archive.GetProperty("reachable").GetBoolean());
        Assert.Contains("strata_no_such_archive", archive.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(health.RootElement.GetProperty("tiers").GetProperty("clickhouse").GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task Sigterm_stops_the_server_with_exit_0_and_gives_the_store_back()
    {
        var server = await ServeProcess.StartAsync(Env, "--no-scheduler");
        await using (server)
        {
            Assert.Equal(0, await server.StopAsync());
        }

        Assert.False(File.Exists(Path.Combine(server.Store, ServerLease.FileName)));
        var after = await StrataProcess.RunAsync(Env, ["query", "--tier", "clickhouse", "--format", "csv", "SELECT 1 AS n"]);
        Assert.Equal((0, "n\r\n1\r\n"), (after.ExitCode, after.Out));
    }
}
