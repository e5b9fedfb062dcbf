using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Strata.Orchestration;

/// <summary>Python source text for values: a JSON string literal is a valid Python string literal, escapes and all.</summary>
public static class PythonText
{
    private static readonly JsonSerializerOptions Literal = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quoted(string value) => JsonSerializer.Serialize(value, Literal);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A one-line list: ["a", "b"].</summary>
    public static string List(IEnumerable<string> items) => $"[{string.Join(", ", items)}]";

    public static string Strings(IEnumerable<string> values) => List(values.Select(Quoted));

    public static string Arguments(IEnumerable<CommandArgument> arguments) =>
        List(arguments.Select(argument => argument.IsPlaceholder ? argument.Text : Quoted(argument.Text)));

    /// <summary>A Python identifier from a name with dots or dashes ("verify_staging" stays, "daily.load" -> "daily_load").</summary>
    public static string Identifier(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
