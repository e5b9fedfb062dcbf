using System.Globalization;
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
            case byte or short or int or long or sbyte or ushort or uint or ulong:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
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
