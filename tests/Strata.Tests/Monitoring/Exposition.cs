using System.Globalization;
using System.Text.RegularExpressions;

namespace Strata.Tests.Monitoring;

/// <summary>Prometheus text exposition read back: each sample's metric name, labels and value.</summary>
public sealed partial record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public static IReadOnlyList<Sample> Parse(string text) =>
    [
        .. text.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).Select(line =>
        {
            var match = Line().Match(line);
            Assert.True(match.Success, $"not an exposition line: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(pair => pair.Groups["name"].Value, pair => pair.Groups["value"].Value);
            return new Sample(match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
        }),
    ];

    public bool Has(params (string Name, string Value)[] labels) => labels.All(label => Labels.GetValueOrDefault(label.Name) == label.Value);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)$")]
    private static partial Regex Line();

    [GeneratedRegex("(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=\"(?<value>(?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex LabelPair();
}

public static class Samples
{
    /// <summary>The one sample of <paramref name="name"/> with these labels (others may be present).</summary>
    public static double Value(this IEnumerable<Sample> samples, string name, params (string Name, string Value)[] labels) =>
        Assert.Single(samples, sample => sample.Name == name && sample.Has(labels)).Value;
}
