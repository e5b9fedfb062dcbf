namespace Strata.Sources.Csv;

/// <summary>Counts line breaks (CRLF, LF or CR) inside a raw record, so a record can name the line it starts on.</summary>
internal static class LineBreaks
{
    /// <summary>Line breaks before the record's own terminator: the extra lines its quoted fields span.</summary>
    public static int Inside(string raw) => Math.Max(0, Count(raw) - (EndsWithBreak(raw) ? 1 : 0));

    /// <summary>The record without its terminating line break.</summary>
    public static string WithoutTerminator(string raw) => raw.TrimEnd('\r', '\n');

    private static bool EndsWithBreak(string raw) => raw.Length > 0 && raw[^1] is '\n' or '\r';

    private static int Count(string raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }
        return count;
    }
}
