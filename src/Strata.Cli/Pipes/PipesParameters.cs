using System.IO.Compression;
using System.Text.Json;
using Strata.Diagnostics;

namespace Strata.Cli.Pipes;

/// <summary>
/// How Dagster Pipes hands a launched process its parameters (dagster_pipes.decode_param): JSON, zlib-compressed, then
/// base64-encoded, in DAGSTER_PIPES_CONTEXT (where the context is) and DAGSTER_PIPES_MESSAGES (where messages go).
/// </summary>
internal static class PipesParameters
{
    public const string ContextVariable = "DAGSTER_PIPES_CONTEXT";

    public const string MessagesVariable = "DAGSTER_PIPES_MESSAGES";

    public static JsonElement Decode(string encoded, string variable)
    {
        try
        {
            using var compressed = new MemoryStream(Convert.FromBase64String(encoded));
            using var json = new ZLibStream(compressed, CompressionMode.Decompress);
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (Exception failure) when (failure is FormatException or InvalidDataException or JsonException)
        {
            throw new StrataException($"{variable} does not hold Dagster Pipes parameters (base64 of zlib-compressed JSON): {failure.Message}");
        }
    }

    /// <summary>A text parameter ("path", "stdio"), or null when the parameters have no such key.</summary>
    public static string? Text(JsonElement parameters, string key) =>
        parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
