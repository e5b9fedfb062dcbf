using System.Text.Json.Serialization;

namespace Strata.Cli.Pipes;

/// <summary>One line of the message stream: the protocol version, the method, its parameters.</summary>
internal sealed record PipesMessage(
    [property: JsonPropertyName("__dagster_pipes_version")] string Version,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("params")] object? Params);

/// <summary>A metadata value with its type, so Dagster shows an int as an int and not as text it had to guess.</summary>
internal sealed record PipesMetadataValue(object RawValue, string Type)
{
    public static PipesMetadataValue Int(long value) => new(value, "int");

    public static PipesMetadataValue Float(double value) => new(value, "float");

    public static PipesMetadataValue Text(string value) => new(value, "text");
}

/// <summary>An exception as "closed" reports it: what went wrong, where, what kind, and what caused it.</summary>
internal sealed record PipesException(string Message, IReadOnlyList<string> Stack, string? Name, PipesException? Cause, PipesException? Context)
{
    public static PipesException From(Exception failure) => new(
        failure.Message,
        failure.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        failure.GetType().Name,
        failure.InnerException is { } inner ? From(inner) : null,
        null);

    /// <summary>A failure known only by its message (a step that overran its timeout, a command that exited 1).</summary>
    public static PipesException Of(string name, string message) => new(message, [], name, null, null);
}

internal sealed record OpenedParams(IReadOnlyDictionary<string, object> Extras);

internal sealed record ClosedParams([property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PipesException? Exception);

internal sealed record LogParams(string Message, string Level);

internal sealed record MaterializationParams(string AssetKey, string? DataVersion, IReadOnlyDictionary<string, PipesMetadataValue> Metadata);

internal sealed record AssetCheckParams(
    string AssetKey, string CheckName, bool Passed, string Severity, IReadOnlyDictionary<string, PipesMetadataValue> Metadata);
