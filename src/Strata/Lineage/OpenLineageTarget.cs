using Strata.Diagnostics;

namespace Strata.Lineage;

/// <summary>
/// Where lineage goes: STRATA_OPENLINEAGE_URL, the base address of an OpenLineage HTTP endpoint (Marquez, DataHub, an
/// orchestrator's listener), to which events are POSTed at STRATA_OPENLINEAGE_ENDPOINT (default api/v1/lineage, as the
/// OpenLineage clients' OPENLINEAGE_ENDPOINT), with STRATA_OPENLINEAGE_API_KEY as a bearer token when the receiver wants
/// one. Jobs are named in STRATA_OPENLINEAGE_NAMESPACE (default "strata"). Unset URL: no lineage is sent.
/// </summary>
public sealed record OpenLineageTarget(Uri Endpoint, string Namespace, string? ApiKey)
{
    public const string DefaultEndpoint = "api/v1/lineage";

    public const string DefaultNamespace = "strata";

    public static OpenLineageTarget? FromEnvironment(Func<string, string?> variable)
    {
        if (variable("STRATA_OPENLINEAGE_URL") is not { Length: > 0 } url)
        {
            return null;
        }
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
        {
            throw new StrataException($"STRATA_OPENLINEAGE_URL must be an http(s) address, not '{url}'.");
        }
        var endpoint = NonEmpty(variable("STRATA_OPENLINEAGE_ENDPOINT")) ?? DefaultEndpoint;
        return new OpenLineageTarget(new Uri(root, endpoint.TrimStart('/')), NonEmpty(variable("STRATA_OPENLINEAGE_NAMESPACE")) ?? DefaultNamespace,
            NonEmpty(variable("STRATA_OPENLINEAGE_API_KEY")));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
