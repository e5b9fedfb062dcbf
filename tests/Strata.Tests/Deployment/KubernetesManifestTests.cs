using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
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
