using System.Text.RegularExpressions;
using System.Xml.Linq;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Deployment;

/// <summary>
/// deploy/compose, as Debian's docker-compose 1.29 reads it (`docker-compose config`, no Docker engine needed), for the
/// core stack and every profile: the file is accepted, each service that starts is pinned and health-checked, and
/// waits only for services that start with it and are healthy (or, for one-shot jobs, finished).
/// </summary>
public sealed partial class ComposeTests
{
    private static readonly string Folder = RepositoryFiles.PathOf("deploy/compose");

    /// <summary>"" is the core stack, without any profile.</summary>
    private static readonly string[] ProfileNames = ["", "archive-greenplum6", "cluster", "airflow", "bi"];

    public static TheoryData<string> Profiles() => [.. ProfileNames];

    [Fact]
    public void Every_profile_of_the_file_is_validated()
    {
        var file = YamlTree.Parse(RepositoryFiles.Read("deploy/compose/docker-compose.yml"));
        var declared = file.Map("services").Values.OfType<Dictionary<object, object?>>()
            .SelectMany(service => service.List("profiles")).OfType<string>().ToHashSet();

        Assert.Equal(declared.Order(StringComparer.Ordinal), ProfileNames.Where(p => p.Length > 0).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Compose_accepts_the_profile_and_every_service_is_pinned_healthchecked_and_ordered(string profile)
    {
        var services = await ActiveServicesAsync(profile);

        foreach (var (name, service) in services)
        {
            var oneShot = service.Text("restart") == "no";
            Assert.True(service.ContainsKey("build") || PinnedImage().IsMatch(service.Text("image") ?? ""),
                $"{name}: image '{service.Text("image")}' is not pinned to a version");
            Assert.True(oneShot || service.Map("healthcheck").ContainsKey("test"), $"{name} has no health check");
            foreach (var (dependency, condition) in service.Map("depends_on"))
            {
                var needed = services.TryGetValue((string)dependency, out var other) && other.Text("restart") == "no"
                    ? "service_completed_successfully"
                    : "service_healthy";
                Assert.True(services.ContainsKey((string)dependency), $"{name} depends on {dependency}, which does not start with profile '{profile}'");
                Assert.Equal(needed, ((Dictionary<object, object?>)condition!).Text("condition"));
            }
        }
    }

    [Fact]
    public async Task The_core_stack_runs_every_store_strata_monitoring_and_mail()
    {
        var services = await ActiveServicesAsync("");

        Assert.Equal(
            ["clickhouse", "cloudberry", "grafana", "mailpit", "postgres", "prometheus", "strata", "strata-init"],
            services.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("postgres:15.", services["postgres"].Text("image"), StringComparison.Ordinal);
        Assert.Contains("dev/test only", services["cloudberry"].Map("labels").Text("strata.purpose"), StringComparison.Ordinal);
        Assert.Equal(["serve", "--host", "0.0.0.0", "--port", "8080"], services["strata"].List("command"));
    }

    [Fact]
    public void Secrets_come_only_from_the_users_env_file()
    {
        var compose = RepositoryFiles.Read("deploy/compose/docker-compose.yml");
        var secrets = Variable().Matches(compose).Where(match => SecretName().IsMatch(match.Groups["name"].Value)).ToList();

        Assert.NotEmpty(secrets);
        // Required (":?"), or optional with nothing as the default (":-"): never a value written here.
        Assert.All(secrets, secret => Assert.True(secret.Groups["rest"].Value.StartsWith(":?", StringComparison.Ordinal)
            || secret.Groups["rest"].Value == ":-", $"{secret.Value} has a default value"));
        Assert.Contains(".env", File.ReadAllLines(Path.Combine(Folder, ".gitignore")));
        var examples = File.ReadAllLines(Path.Combine(Folder, ".env.example"))
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .Where(pair => SecretName().IsMatch(pair[0]) && pair[1].Length > 0);
        Assert.All(examples, pair => Assert.StartsWith("change-me", pair[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_secret_stops_compose_with_its_name()
    {
        using var folder = new TemporaryFolder();
        var envFile = folder.Write("partial.env", string.Join('\n',
            File.ReadAllLines(Path.Combine(Folder, ".env.example")).Where(line => !line.StartsWith("POSTGRES_PASSWORD=", StringComparison.Ordinal))));

        var run = await ExternalTool.RunAsync("docker-compose", Folder, "--env-file", envFile, "config", "-q");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("set POSTGRES_PASSWORD in .env", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cluster_profile_runs_two_shards_of_two_replicas_and_three_keepers()
    {
        var services = await ActiveServicesAsync("cluster");
        var nodes = services.Where(s => s.Value.Map("environment").ContainsKey("CLICKHOUSE_SHARD"))
            .ToDictionary(s => s.Key, s => s.Value.Map("environment").Text("CLICKHOUSE_SHARD"));
        var keepers = services.Where(s => s.Value.Map("environment").ContainsKey("KEEPER_SERVER_ID")).Select(s => s.Key).ToList();
        var config = XDocument.Load(Path.Combine(Folder, "clickhouse/cluster/cluster.xml")).Root!;
        var shards = config.Element("remote_servers")!.Element("strata")!.Elements("shard").ToList();

        Assert.Equal(2, shards.Count);
        Assert.All(shards, shard => Assert.Equal(2, shard.Elements("replica").Count()));
        foreach (var shard in shards.Select((element, index) => (element, id: $"{index + 1:00}")))
        {
            Assert.Equal(
                nodes.Where(node => node.Value == shard.id).Select(node => node.Key).Order(StringComparer.Ordinal),
                shard.element.Elements("replica").Select(replica => replica.Element("host")!.Value).Order(StringComparer.Ordinal));
        }
        Assert.Equal(3, keepers.Count);
        Assert.Equal(keepers.Order(StringComparer.Ordinal), config.Element("zookeeper")!.Elements("node").Select(node => node.Element("host")!.Value));
    }

    /// <summary>The services `docker compose up` starts with the profile: 1.29's config lists all, so profiles are applied here.</summary>
    private static async Task<Dictionary<string, Dictionary<object, object?>>> ActiveServicesAsync(string profile)
    {
        string[] arguments = profile.Length == 0
            ? ["--env-file", ".env.example", "config"]
            : ["--env-file", ".env.example", "--profile", profile, "config"];
        var run = await ExternalTool.RunAsync("docker-compose", Folder, arguments);
        Assert.True(run.ExitCode == 0, $"docker-compose config (profile '{profile}') failed: {run.Error}");
        return YamlTree.Parse(run.Out).Map("services")
            .ToDictionary(service => (string)service.Key, service => (Dictionary<object, object?>)service.Value!)
            .Where(service => service.Value.List("profiles") is var profiles && (profiles.Count == 0 || profiles.Contains(profile)))
            .ToDictionary();
    }

    [GeneratedRegex(@"^[^:]+(/[^:]+)*:v?\d+(\.\d+)+[-\w.]*$")]
    private static partial Regex PinnedImage();

    [GeneratedRegex(@"\$\{(?<name>[A-Z_]+)(?<rest>[^}]*)\}")]
    private static partial Regex Variable();

    [GeneratedRegex("PASSWORD|SECRET|TOKEN")]
    private static partial Regex SecretName();
}
