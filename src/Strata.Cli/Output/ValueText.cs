using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Strata.Cli.Output;

/// <summary>One culture-free spelling of every value a store returns: ISO dates, UTC instants, invariant numbers.</summary>
internal static class ValueText
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        DateTime { Kind: DateTimeKind.Utc } instant => instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture),
        DateTime local => local.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture),
        object?[] items => "[" + string.Join(", ", items.Select(item => Format(item) ?? "NULL")) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case byte or short or int or long or sbyte or ushort or uint:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong large:
                json.WriteNumberValue(large);
                break;
            case Int128 or UInt128 or BigInteger:
                // Wider than any JSON reader's native integer; still written as the exact number it is.
                json.WriteRawValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case object?[] items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteJson(json, item);
                }
                json.WriteEndArray();
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case double or float:
                json.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(Format(value));
                break;
        }
    }
}
