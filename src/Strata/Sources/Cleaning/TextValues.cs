using System.Globalization;
using System.Text;

namespace Strata.Sources.Cleaning;

/// <summary>Text as the raw tier keeps it: no stray spaces, categorical values in one letter case.</summary>
public static class TextValues
{
    /// <summary>Trims and collapses every run of whitespace inside (tabs, non-breaking spaces too) to one space.</summary>
    public static string Squeeze(string value)
    {
        var trimmed = value.AsSpan().Trim();
        if (!NeedsCollapsing(trimmed))
        {
            return trimmed.Length == value.Length ? value : trimmed.ToString();
        }
        var builder = new StringBuilder(trimmed.Length);
        var previousWasSpace = false;
        foreach (var character in trimmed)
        {
            var isSpace = char.IsWhiteSpace(character);
            if (!isSpace || !previousWasSpace)
            {
                builder.Append(isSpace ? ' ' : character);
            }
            previousWasSpace = isSpace;
        }
        return builder.ToString();
    }

    /// <summary>The canonical spelling of categorical text (docs/csv-format.md): "sankt-PETERBURG" -> "Sankt-Peterburg".</summary>
    public static string TitleCase(string value) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(value.ToLowerInvariant());

    private static bool NeedsCollapsing(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return true;
            }
        }
        return false;
    }
}
