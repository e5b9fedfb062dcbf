using System.Text.Json;

namespace Strata.Sources.Api;

/// <summary>
/// One line of a JSON Lines page read as a record: an object's properties by name (ignoring case, as CSV headers are
/// matched), strings as they are, numbers and booleans as written, null as absent; nested values stay JSON text, so the
/// contract refuses them with a reason. A line that is not a JSON object is quarantined, never dropped.
/// </summary>
public static class JsonLineRecord
{
    public static SourceRecord Parse(int position, string line)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new SourceRecord(position, line, fields, $"malformed JSON line: expected an object, got {document.RootElement.ValueKind}");
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
            }
            return new SourceRecord(position, line, fields, null);
        }
        catch (JsonException malformed)
        {
            return new SourceRecord(position, line, fields, $"malformed JSON line: {malformed.Message}");
        }
    }
}
