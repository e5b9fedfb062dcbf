using System.Text.Json;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// Debian's real Prometheus on loopback (<see cref="LoopbackProcess"/>), scraping and evaluating every second, its
/// configuration and data in the test's folder; queried through its HTTP API.
/// </summary>
public static class PrometheusServer
{
    /// <summary>Starts Prometheus with <paramref name="configuration"/> (its rule_files and scrape_configs) under a one-second global interval.</summary>
    public static Task<LoopbackProcess> StartAsync(TemporaryFolder folder, string configuration)
    {
        var config = folder.Write("prometheus.yml", $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s

            """ + configuration);
        return LoopbackProcess.StartAsync("prometheus", address =>
            [$"--config.file={config}", $"--storage.tsdb.path={folder.Path("prometheus-data")}", $"--web.listen-address={address}"], "-/ready");
    }

    /// <summary>Queries until the result is not empty (Prometheus scrapes every second), for at most a minute.</summary>
    public static async Task<List<JsonElement>> EventuallyAsync(LoopbackProcess prometheus, string query)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); ; await Task.Delay(500))
        {
            using var answer = JsonDocument.Parse(await prometheus.GetAsync("api/v1/query?query=" + Uri.EscapeDataString(query)));
            var result = answer.RootElement.GetProperty("data").GetProperty("result").EnumerateArray().Select(r => r.Clone()).ToList();
            if (result.Count > 0)
            {
                return result;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Prometheus has nothing for {query}:\n{prometheus.Output}");
        }
    }
}
