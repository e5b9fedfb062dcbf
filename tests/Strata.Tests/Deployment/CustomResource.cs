using k8s;
using k8s.Models;

namespace Strata.Tests.Deployment;

/// <summary>
/// An operator's resource (ClickHouseInstallation, CloudNativePG Cluster, ...) as the Kubernetes client reads it:
/// its spec stays a tree of maps, since the client has no model for it.
/// </summary>
public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public V1ObjectMeta Metadata { get; set; } = new();

    public Dictionary<object, object?> Spec { get; set; } = [];

    /// <summary>The kinds of the operators Strata's manifests use, keyed as the client's type map wants them.</summary>
    public static Dictionary<string, Type> Kinds { get; } = new()
    {
        ["clickhouse.altinity.com/v1/ClickHouseInstallation"] = typeof(CustomResource),
        ["clickhouse-keeper.altinity.com/v1/ClickHouseKeeperInstallation"] = typeof(CustomResource),
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CustomResource),
        ["postgresql.cnpg.io/v1/ScheduledBackup"] = typeof(CustomResource),
    };
}
