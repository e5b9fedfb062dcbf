using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// What Dagster's PipesSubprocessClient hands the process it launches, made as dagster_pipes.encode_param makes it
/// (JSON, zlib, base64): the context (asset keys, partition, run id) and where the messages go. The tests read the
/// messages back as Dagster's message reader does: one JSON object a line.
/// </summary>
public static class DagsterLaunch
{
    public static string Encode(object parameters)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parameters)));
        }
        return Convert.ToBase64String(compressed.ToArray());
    }

    /// <summary>The context Dagster writes for a partitioned step of a run that materializes <paramref name="assetKeys"/>.</summary>
    public static Dictionary<string, object?> Context(IReadOnlyList<string> assetKeys, string partition, string runId) => new()
    {
        ["asset_keys"] = assetKeys,
        ["code_version_by_asset_key"] = assetKeys.ToDictionary(key => key, _ => (string?)null),
        ["provenance_by_asset_key"] = assetKeys.ToDictionary(key => key, _ => (object?)null),
        ["partition_key"] = partition,
        ["partition_key_range"] = new { start = partition, end = partition },
        ["partition_time_window"] = null,
        ["run_id"] = runId,
        ["job_name"] = "daily",
        ["retry_number"] = 0,
        ["extras"] = new Dictionary<string, object>(),
    };

    /// <summary>The Pipes messages among <paramref name="lines"/> (a stream may carry log lines too), parsed.</summary>
    public static List<JsonElement> Messages(IEnumerable<string> lines) =>
        [.. lines.Where(line => line.StartsWith("{\"__dagster_pipes_version\"", StringComparison.Ordinal))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
