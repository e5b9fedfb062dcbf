using System.Text.RegularExpressions;
using Strata.Configuration;
using Strata.Sql;

namespace Strata.Reports;

/// <summary>
/// A report's SQL as it runs: its file with the tier's filters put in place of their placeholders (sql/reports/filters/TIER/NAME.sql
/// for {{NAME}}: the sales under the <see cref="ReportFilter"/>, written once per tier), and which of the filter's parameters it takes.
/// </summary>
public static partial class ReportSql
{
    public static string Read(Tier tier, string file) => SqlTemplate.Render(SqlCatalog.Read(file), Filters(tier));

    /// <summary>The tier's filter CTEs by placeholder name: filtered_sales.sql for {{filtered_sales}}.</summary>
    private static Dictionary<string, string> Filters(Tier tier) =>
        SqlCatalog.List($"reports/filters/{tier.Folder()}").ToDictionary(
            file => Path.GetFileNameWithoutExtension(file.AsSpan()).ToString(), file => SqlCatalog.Read(file).Trim(), StringComparer.Ordinal);

    /// <summary>The filter's parts the SQL binds ({from:Date32} in ClickHouse, @from in PostgreSQL): what a chart of it follows.</summary>
    public static IReadOnlyList<string> FilterParts(string sql)
    {
        var named = Parameter().Matches(sql).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return [.. ReportFilter.Parts.Where(named.Contains)];
    }

    [GeneratedRegex(@"(?:\{|@)(from|to|category|region)\b")]
    private static partial Regex Parameter();
}
