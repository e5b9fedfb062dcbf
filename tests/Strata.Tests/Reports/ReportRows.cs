using System.Globalization;
using Strata.Configuration;
using Strata.Reports;
using Strata.Sql;

namespace Strata.Tests.Reports;

/// <summary>A report's SQL as the product runs it, and rows of any tier in one spelling, for comparing reports with a test's own sums.</summary>
public static class ReportRows
{
    public static string Sql(Tier tier, string name) => SqlCatalog.Read(ReportCatalogue.ForTier(tier).Single(r => r.Name == name).SqlFile);

    /// <summary>A ClickHouse row as "a|b|c" (NULL as empty), as the PostgreSQL rows are read.</summary>
    public static string Text(object?[] row) => string.Join('|', row.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture)));

    /// <summary>Rows in one spelling, in one order: numbers without trailing zeros (12.30 = 12.3), sorted as text.</summary>
    public static List<string> Normalised(IEnumerable<string> rows) =>
        [.. rows.Select(row => string.Join('|', row.Split('|').Select(Number))).Order(StringComparer.Ordinal)];

    private static string Number(string cell) =>
        decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n.ToString("0.##########", CultureInfo.InvariantCulture) : cell;
}
