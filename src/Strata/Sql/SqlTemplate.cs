using System.Text.RegularExpressions;

namespace Strata.Sql;

/// <summary>
/// Fills {{name}} placeholders in DDL, where the server cannot take bind parameters (table names, partition
/// bounds, column lists). Every value comes from code (a month, a contract), never from a person's input.
/// </summary>
public static partial class SqlTemplate
{
    public static string Render(string sql, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(sql, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"SQL placeholder {{{{{match.Groups[1].Value}}}}} has no value."));

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}
