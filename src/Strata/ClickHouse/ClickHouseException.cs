using System.Globalization;
using System.Text.RegularExpressions;
using Strata.Diagnostics;

namespace Strata.ClickHouse;

/// <summary>
/// An error ClickHouse reported, with its numeric code (60 = UNKNOWN_TABLE, 62 = SYNTAX_ERROR, ...) and
/// its name, the same from the embedded engine and from a server.
/// </summary>
public sealed partial class ClickHouseException : StrataException
{
    public ClickHouseException(int code, string? name, string detail)
        : base(name is null ? $"ClickHouse error {code}: {detail}" : $"ClickHouse error {code} ({name}): {detail}")
    {
        Code = code;
        Name = name;
        Detail = detail;
    }

    public ClickHouseException()
    {
        Detail = "";
    }

    public ClickHouseException(string message) : base(message)
    {
        Detail = message;
    }

    public ClickHouseException(string message, Exception innerException) : base(message, innerException)
    {
        Detail = message;
    }

    /// <summary>ClickHouse's error code; 0 when the engine gave none (a failure outside query execution).</summary>
    public int Code { get; }

    /// <summary>ClickHouse's name for the code, e.g. UNKNOWN_TABLE; null when the text did not carry one.</summary>
    public string? Name { get; }

    /// <summary>ClickHouse's own explanation, without the code and name around it.</summary>
    public string Detail { get; }

    /// <summary>Reads ClickHouse's error text: "Code: 60. DB::Exception: Unknown table ... (UNKNOWN_TABLE) (version 26.7.2.1)".</summary>
    public static ClickHouseException FromText(string text)
    {
        var match = ErrorText().Match(text.Trim());
        if (!match.Success)
        {
            return new ClickHouseException(0, null, text.Trim());
        }
        var name = match.Groups["name"];
        return new ClickHouseException(
            int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture),
            name.Success ? name.Value : null,
            match.Groups["detail"].Value.TrimEnd('.', ' '));
    }

    [GeneratedRegex(
        @"^Code: (?<code>\d+)\. (?:DB::Exception: )?(?<detail>.*?)(?: \((?<name>[A-Z][A-Z0-9_]+)\))?(?: \(version [^)]*\))?\.?$",
        RegexOptions.Singleline)]
    private static partial Regex ErrorText();
}
