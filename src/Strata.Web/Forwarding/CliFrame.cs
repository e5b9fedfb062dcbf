using System.Text.Json;
using System.Text.Json.Serialization;

namespace Strata.Web.Forwarding;

/// <summary>
/// One line of the answer to POST /api/cli (NDJSON): text the command wrote to stdout (<c>{"out": ...}</c>) or stderr
/// (<c>{"err": ...}</c>), as it ran, and last its exit code (<c>{"exit": 0}</c>). An answer without the exit frame was cut off.
/// </summary>
public sealed record CliFrame(string? Out = null, string? Err = null, int? Exit = null)
{
    public const string ContentType = "application/x-ndjson";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToLine() => JsonSerializer.Serialize(this, Json);

    public static CliFrame Parse(string line) =>
        JsonSerializer.Deserialize<CliFrame>(line, Json) ?? throw new JsonException("An empty frame.");
}
