using Strata.Sql;

namespace Strata.Web.Dashboard;

/// <summary>
/// The dashboard's reports (sql/reports/dashboard/NAME.sql), each with the one filter CTE (filtered_sales.sql) put in
/// place of its {{filtered_sales}}: the filter is written once, and every figure on the page goes through it.
/// </summary>
public static class DashboardSql
{
    private const string Folder = "reports/dashboard";

    private static readonly Dictionary<string, string> Shared = new(StringComparer.Ordinal)
    {
        ["filtered_sales"] = SqlCatalog.Read($"{Folder}/filtered_sales.sql").Trim(),
    };

    public static string Read(string name) => SqlTemplate.Render(SqlCatalog.Read($"{Folder}/{name}.sql"), Shared);
}
