namespace Strata.Sources.OnlineRetail;

/// <summary>The export writes customer ids as floats ("13085.0"); the whole number is the id.</summary>
public static class CustomerIds
{
    /// <summary>"13085.0" -> "13085"; anything else (including "13085.5") is left for the integer check to judge.</summary>
    public static string WithoutFloatSuffix(string raw)
    {
        var text = raw.Trim();
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && text.AsSpan(dot + 1).TrimStart('0').IsEmpty ? text[..dot] : text;
    }
}
