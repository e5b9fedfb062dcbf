using System.Text.Json;
using Strata.Diagnostics;

namespace Strata.Cli.Pipes;

/// <summary>
/// What Dagster tells the process about the step it launched: the asset keys in scope ("daily/extract"), read from the
/// file the parameters' "path" names or inline under "data". The partition and run id the CLI takes from its own
/// arguments, which the generated code location passes from the same context.
/// </summary>
internal sealed record PipesContextData(IReadOnlyList<string>? AssetKeys)
{
    public static PipesContextData Load(JsonElement parameters)
    {
        if (PipesParameters.Text(parameters, "path") is { } path)
        {
            using var document = JsonDocument.Parse(ReadContextFile(path));
            return From(document.RootElement);
        }
        if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            return From(data);
        }
        throw new StrataException($"{PipesParameters.ContextVariable} names neither a context file (\"path\") nor inline context (\"data\").");
    }

    private static PipesContextData From(JsonElement data) =>
        new(data.TryGetProperty("asset_keys", out var keys) && keys.ValueKind == JsonValueKind.Array
            ? [.. keys.EnumerateArray().Select(key => key.GetString() ?? "")]
            : null);

    private static string ReadContextFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new StrataException($"The Dagster Pipes context file {path} could not be read: {failure.Message}");
        }
    }
}
