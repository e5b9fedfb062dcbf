using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Strata.Tests.Deployment;

/// <summary>A YAML document read into maps, lists and strings (YamlDotNet), with anchors and merge keys resolved.</summary>
public static class YamlTree
{
    public static Dictionary<object, object?> Parse(string yaml)
    {
        using var reader = new StringReader(yaml);
        return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>>(new MergingParser(new Parser(reader)));
    }

    public static Dictionary<object, object?> Map(this Dictionary<object, object?> node, string key) =>
        node.TryGetValue(key, out var value) && value is Dictionary<object, object?> map ? map : [];

    public static IReadOnlyList<object?> List(this Dictionary<object, object?> node, string key) =>
        node.TryGetValue(key, out var value) && value is List<object?> list ? list : [];

    /// <summary>A scalar as text, whichever type the reader gave it (a number in an operator's spec, say).</summary>
    public static string? Text(this Dictionary<object, object?> node, string key) =>
        node.TryGetValue(key, out var value) && value is not (Dictionary<object, object?> or List<object?>)
            ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
