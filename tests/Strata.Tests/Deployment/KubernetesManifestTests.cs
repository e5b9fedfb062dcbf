using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using Strata.Security;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Deployment;

/// <summary>
/// deploy/kubernetes: each overlay rendered by `kubectl kustomize` and every manifest loaded, strictly, by the official
/// Kubernetes client (a misspelt field of a built-in kind fails), then the fields that matter in production: images
/// pinned, requests and limits, probes, no secret written inline, the budget covering the pod, the stores' layout.
/// </summary>
public sealed partial class KubernetesManifestTests
{
    private static readonly string[] Overlays = ["dev", "production"];

    [KubectlFact]
    public async Task Every_overlay_renders_and_loads_strictly_into_the_namespace()
    {
        foreach (var overlay in Overlays)
        {
            var manifests = await RenderAsync(overlay);
            var kinds = manifests.Select(m => ((IKubernetesObject<V1ObjectMeta>)m).Kind).ToList();

            Assert.Contains("Deployment", kinds);
            Assert.DoesNotContain("Secret", kinds);
            Assert.All(manifests.Cast<IKubernetesObject<V1ObjectMeta>>().Where(m => m.Kind != "Namespace"),
                m => Assert.Equal(overlay == "dev" ? "strata-dev" : "strata", m.Metadata.NamespaceProperty));
        }
    }

    [KubectlFact]
    public async Task Every_container_is_pinned_sized_and_reads_secrets_by_reference()
    {
        foreach (var overlay in Overlays)
        {
            var manifests = await RenderAsync(overlay);
            var deployment = manifests.OfType<V1Deployment>().Single();
            var pod = deployment.Spec.Template.Spec;

            foreach (var container in pod.Containers.Concat(pod.InitContainers ?? []))
            {
                Assert.Matches(PinnedImage(), container.Image);
                Assert.True(container.Resources.Requests.ContainsKey("cpu") && container.Resources.Requests.ContainsKey("memory"), container.Name);
                Assert.True(container.Resources.Limits.ContainsKey("cpu") && container.Resources.Limits.ContainsKey("memory"), container.Name);
                Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
                foreach (var variable in container.Env ?? [])
                {
                    Assert.False(SecretName().IsMatch(variable.Name) && variable.ValueFrom?.SecretKeyRef is null, $"{variable.Name} is not read from a Secret");
                    Assert.DoesNotMatch(InlineCredential(), variable.Value ?? "");
                }
            }
            foreach (var resource in manifests.OfType<CustomResource>())
            {
                Assert.All(ContainerImages(resource.Spec), image => Assert.Matches(PinnedImage(), image));
            }
            Assert.True(pod.SecurityContext.RunAsNonRoot);
        }
    }

    [KubectlFact]
    public async Task Strata_serve_has_probes_a_service_and_a_disruption_budget_over_its_pod()
    {
        var manifests = await RenderAsync("production");
        var deployment = manifests.OfType<V1Deployment>().Single();
        var serve = deployment.Spec.Template.Spec.Containers.Single();
        var podLabels = deployment.Spec.Template.Metadata.Labels;

        Assert.Equal(["serve", "--host", "0.0.0.0", "--port", "8080"], serve.Args);
        Assert.Equal(["db", "init"], deployment.Spec.Template.Spec.InitContainers.Single().Args);
        Assert.Equal(1, deployment.Spec.Replicas);
        Assert.Equal("Recreate", deployment.Spec.Strategy.Type);
        Assert.All(new[] { serve.StartupProbe, serve.LivenessProbe, serve.ReadinessProbe }, probe => Assert.Equal("/health", probe.HttpGet.Path));
        Assert.All(manifests.OfType<V1PodDisruptionBudget>().Single().Spec.Selector.MatchLabels, label => Assert.Equal(label.Value, podLabels[label.Key]));
        Assert.All(manifests.OfType<V1Service>().Single(s => s.Metadata.Name == "strata").Spec.Selector,
            label => Assert.Equal(label.Value, podLabels[label.Key]));
    }

    [KubectlFact]
    public async Task The_stores_are_operator_resources_and_the_archive_an_external_service()
    {
        var manifests = await RenderAsync("production");
        var config = manifests.OfType<V1ConfigMap>().Single(c => c.Metadata.Name == "strata-config");
        var clickHouse = manifests.OfType<CustomResource>().Single(r => r.Kind == "ClickHouseInstallation");
        var cluster = (Dictionary<object, object?>)clickHouse.Spec.Map("configuration").List("clusters").Single()!;
        var keeper = manifests.OfType<CustomResource>().Single(r => r.Kind == "ClickHouseKeeperInstallation");
        var postgres = manifests.OfType<CustomResource>().Single(r => r.Kind == "Cluster");
        var backup = manifests.OfType<CustomResource>().Single(r => r.Kind == "ScheduledBackup");

        Assert.Equal(config.Data["STRATA_CLICKHOUSE_CLUSTER"], cluster.Text("name"));
        Assert.Equal("2", cluster.Map("layout").Text("shardsCount"));
        Assert.Equal("2", cluster.Map("layout").Text("replicasCount"));
        Assert.Equal("3", ((Dictionary<object, object?>)keeper.Spec.Map("configuration").List("clusters").Single()!).Map("layout").Text("replicasCount"));
        Assert.Equal("strata-clickhouse/password", clickHouse.Spec.Map("configuration").Map("users").Text("strata/k8s_secret_password"));
        Assert.Equal("3", postgres.Spec.Text("instances"));
        Assert.True(postgres.Spec.Map("backup").ContainsKey("barmanObjectStore"));
        Assert.Equal(postgres.Metadata.Name, backup.Spec.Map("cluster").Text("name"));
        Assert.Equal("ExternalName", manifests.OfType<V1Service>().Single(s => s.Metadata.Name == config.Data["ARCHIVE_HOST"]).Spec.Type);
    }

    [KubectlFact]
    public async Task The_least_privilege_roles_are_managed_roles_of_the_postgres_cluster_with_documented_secrets()
    {
        var postgres = (await RenderAsync("production")).OfType<CustomResource>().Single(r => r.Kind == "Cluster");
        var roles = postgres.Spec.Map("managed").List("roles").Cast<Dictionary<object, object?>>().ToDictionary(role => role.Text("name")!);
        var deployment = RepositoryFiles.Read("docs/deployment.md");

        Assert.Equal([AccessRoles.Etl, AccessRoles.Reader], roles.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, role) in roles)
        {
            Assert.Equal("ensure present, login true, superuser false, createdb false, createrole false",
                $"ensure {role.Text("ensure")}, login {role.Text("login")}, superuser {role.Text("superuser")}, createdb {role.Text("createdb")}, "
                + $"createrole {role.Text("createrole")}", ignoreCase: true);
            var secret = role.Map("passwordSecret").Text("name");
            // CloudNativePG reads a managed role's password from a basic-auth Secret whose username is the role's name.
            Assert.Matches($@"kubectl -n strata create secret generic {secret} +--type=kubernetes.io/basic-auth --from-literal=username={name} ", deployment);
        }
    }

    [KubectlFact]
    public async Task The_clickhouse_users_have_the_rights_strata_db_init_grants_and_the_roles_passwords()
    {
        var clickHouse = (await RenderAsync("production")).OfType<CustomResource>().Single(r => r.Kind == "ClickHouseInstallation");
        var users = clickHouse.Spec.Map("configuration").Map("users");

        foreach (var (role, profile) in new[] { (AccessRoles.Etl, "default"), (AccessRoles.Reader, "readonly") })
        {
            // What `strata db init` grants on a compose ClickHouse, without ON CLUSTER (users.xml is on every node) and "TO user".
            var granted = WarehouseUsers.Statements(role, "unused", new byte[16], "strata", null)
                .Select(statement => string.Join(' ', statement.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal))).Trim())
                .Where(statement => statement.StartsWith("GRANT", StringComparison.Ordinal))
                .Select(statement => statement.Replace("`", "", StringComparison.Ordinal).Replace($" TO {role}", "", StringComparison.Ordinal));
            var secret = role == AccessRoles.Etl ? "strata-etl-postgres" : "strata-reader-postgres";

            Assert.Equal(granted, users.List($"{role}/grants/query").Select(query => (string)query!));
            Assert.Equal(profile, users.Text($"{role}/profile"));
            Assert.Equal($"{secret}/password", users.Text($"{role}/k8s_secret_password"));
        }
    }

    private static async Task<List<object>> RenderAsync(string overlay)
    {
        var run = await ExternalTool.RunAsync("kubectl", RepositoryFiles.Root, "kustomize", $"deploy/kubernetes/overlays/{overlay}");
        Assert.True(run.ExitCode == 0, $"kubectl kustomize {overlay} failed: {run.Error}");
        return KubernetesYaml.LoadAllFromString(run.Out, CustomResource.Kinds, strict: true);
    }

    /// <summary>Every "image:" anywhere in an operator resource's spec (its pod templates).</summary>
    private static IEnumerable<string> ContainerImages(object? node) => node switch
    {
        Dictionary<object, object?> map => map.SelectMany(entry => (string)entry.Key == "image" && entry.Value is string image
            ? [image]
            : ContainerImages(entry.Value)),
        List<object?> list => list.SelectMany(ContainerImages),
        _ => [],
    };

    [GeneratedRegex(@"^[a-z0-9./-]+:v?\d+(\.\d+)+[-\w.]*(@sha256:[0-9a-f]{64})?$")]
    private static partial Regex PinnedImage();

    [GeneratedRegex("PASSWORD|SECRET|TOKEN|WEBHOOK|SMTP")]
    private static partial Regex SecretName();

    /// <summary>A password in a connection string or URL that is not a $(VARIABLE) read from a Secret.</summary>
    [GeneratedRegex(@"(Password=(?!\$\()|://[^:/@]+:(?!\$\()[^@]*@)")]
    private static partial Regex InlineCredential();
}
