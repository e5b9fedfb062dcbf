namespace Strata.Monitoring.Metrics;

/// <summary>Where a CLI run's metrics go when it ends: STRATA_METRICS_TEXTFILE (a file), STRATA_PUSHGATEWAY_URL (a Pushgateway); neither by default.</summary>
public sealed record MetricsSettings(string? Textfile, Uri? Pushgateway)
{
    public static MetricsSettings FromEnvironment(Func<string, string?> variable) => new(
        variable("STRATA_METRICS_TEXTFILE") is { Length: > 0 } path ? path : null,
        variable("STRATA_PUSHGATEWAY_URL") is { Length: > 0 } url ? new Uri(url.EndsWith('/') ? url : url + "/") : null);
}
