using System.Collections;
using System.Globalization;
using System.Text;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// Spells a .NET value in ClickHouse's "escaped" text form, the form of query parameters and of TabSeparated
/// fields: the {name:Type} placeholder or the target column decides the type, so the text carries only the value.
/// Instants go as UTC wall-clock time (bind them to DateTime64(6, 'UTC')); arrays use the quoted literal form.
/// </summary>
internal static class EscapedText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(object? value) => value switch
    {
        null or DBNull => @"\N",
        string text => Escape(text),
        IEnumerable sequence => ArrayLiteral(sequence),
        _ => Scalar(value),
    };

    private static string Scalar(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        DateTime instant => Instant(instant),
        DateTimeOffset offset => Instant(offset.UtcDateTime),
        DateOnly date => date.ToString("yyyy-MM-dd", Invariant),
        Guid id => id.ToString("D"),
        IFormattable number => number.ToString(null, Invariant),
        _ => throw new ArgumentException($"A {value.GetType().Name} cannot be a ClickHouse query parameter.", nameof(value)),
    };

    /// <summary>A local DateTime is converted to UTC; an unspecified one is taken to be UTC already.</summary>
    private static string Instant(DateTime instant)
    {
        var utc = instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant;
        return utc.Ticks % TimeSpan.TicksPerSecond == 0
            ? utc.ToString("yyyy-MM-dd HH:mm:ss", Invariant)
            : utc.ToString("yyyy-MM-dd HH:mm:ss.fffffff", Invariant).TrimEnd('0');
    }

    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\\t\n\r\0") < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                '\0' => @"\0",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private static string ArrayLiteral(IEnumerable sequence) =>
        "[" + string.Join(",", sequence.Cast<object?>().Select(Quoted)) + "]";

    /// <summary>An element inside an array literal: strings and dates quoted, NULL bare.</summary>
    private static string Quoted(object? value) => value switch
    {
        null or DBNull => "NULL",
        string text => "'" + Escape(text).Replace("'", @"\'", StringComparison.Ordinal) + "'",
        IEnumerable sequence => ArrayLiteral(sequence),
        bool or DateTime or DateTimeOffset or DateOnly or Guid => "'" + Scalar(value) + "'",
        _ => Scalar(value),
    };
}
