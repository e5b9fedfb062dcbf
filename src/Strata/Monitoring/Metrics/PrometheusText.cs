using System.Globalization;
using System.Text;

namespace Strata.Monitoring.Metrics;

/// <summary>
/// The Prometheus text exposition format (version 0.0.4): what Prometheus scrapes from /metrics, node_exporter's
/// textfile collector reads and the Pushgateway accepts. HELP and TYPE per metric, then its series; a histogram as
/// cumulative <c>_bucket</c> series (with <c>le="+Inf"</c>), <c>_sum</c> and <c>_count</c>. No timestamps: the
/// scraper stamps what it reads.
/// </summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(IEnumerable<InstrumentSnapshot> instruments)
    {
        var text = new StringBuilder();
        foreach (var instrument in instruments.Where(instrument => instrument.Series.Count > 0))
        {
            var name = instrument.Instrument.Name;
            text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(instrument.Instrument.Description ?? name)).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(instrument.Kind.ToString().ToLowerInvariant()).Append('\n');
            foreach (var series in instrument.Series)
            {
                if (instrument.Kind == MetricKind.Histogram)
                {
                    foreach (var (upperBound, count) in series.Buckets)
                    {
                        Line(text, name + "_bucket", series.Labels, ("le", Number(upperBound)), count);
                    }
                    Line(text, name + "_bucket", series.Labels, ("le", "+Inf"), series.Count);
                    Line(text, name + "_sum", series.Labels, null, series.Value);
                    Line(text, name + "_count", series.Labels, null, series.Count);
                }
                else
                {
                    Line(text, name, series.Labels, null, series.Value);
                }
            }
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, IReadOnlyList<KeyValuePair<string, string>> labels, (string Name, string Value)? extra,
        double value)
    {
        text.Append(name);
        if (labels.Count > 0 || extra is not null)
        {
            var pairs = labels.Select(label => (label.Key, label.Value)).Concat(extra is { } more ? [more] : []);
            text.Append('{').AppendJoin(',', pairs.Select(pair => $"{pair.Item1}=\"{EscapeLabel(pair.Item2)}\"")).Append('}');
        }
        text.Append(' ').Append(Number(value)).Append('\n');
    }

    /// <summary>Go's float spelling, which Prometheus parses: shortest round-trip, +Inf, -Inf, NaN.</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string EscapeLabel(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeHelp(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
