namespace Strata.Archive;

/// <summary>The values the archive's SQL templates are filled with: column lists from the contract, month bounds.</summary>
public static class ArchiveTemplateValues
{
    /// <summary>For create_dimensions.sql and create_sales.sql: the column lists, and the months a Greenplum 6 table is created with.</summary>
    public static Dictionary<string, string> Schema(ArchiveMonth first, ArchiveMonth last) => new(StringComparer.Ordinal)
    {
        ["historical_sales_columns"] = ColumnList(ArchiveTables.Sales),
        ["historical_products_columns"] = ColumnList(ArchiveTables.Products),
        ["historical_customers_columns"] = ColumnList(ArchiveTables.Customers),
        ["product_columns"] = ColumnList(ArchiveTables.ProductAttributes),
        ["customer_columns"] = ColumnList(ArchiveTables.CustomerAttributes),
        ["range_start"] = first.StartLiteral,
        ["range_end"] = last.EndLiteral,
    };

    /// <summary>For create_returns.sql: the column list of historical_returns (and stage_returns).</summary>
    public static Dictionary<string, string> Returns() => new(StringComparer.Ordinal)
    {
        ["historical_returns_columns"] = ColumnList(ArchiveTables.Returns),
    };

    /// <summary>For create_summaries.sql: the column lists of the two monthly summaries.</summary>
    public static Dictionary<string, string> Summaries() => new(StringComparer.Ordinal)
    {
        ["customer_month_columns"] = ColumnList(ArchiveTables.SalesByCustomerMonth),
        ["product_month_columns"] = ColumnList(ArchiveTables.SalesByProductMonth),
    };

    /// <summary>For the statements about one month: its table suffix and its bounds.</summary>
    public static Dictionary<string, string> Month(ArchiveMonth month) => new(StringComparer.Ordinal)
    {
        ["suffix"] = month.Suffix,
        ["month_start"] = month.StartLiteral,
        ["month_end"] = month.EndLiteral,
    };

    /// <summary>For day_figures.sql: which relation to read and the instants to read between.</summary>
    public static Dictionary<string, string> DayFigures(string relation, string from, string to) => new(StringComparer.Ordinal)
    {
        ["relation"] = relation,
        ["range_from"] = from,
        ["range_to"] = to,
    };

    /// <summary>For scd2_merge.sql: one dimension's history and staging tables, key and attributes.</summary>
    public static Dictionary<string, string> Scd2(ArchiveDimension dimension)
    {
        var attributes = dimension.Attributes.Select(c => c.Name).ToList();
        return new(StringComparer.Ordinal)
        {
            ["history"] = dimension.History,
            ["stage"] = dimension.Stage,
            ["key"] = dimension.Key,
            ["attributes"] = string.Join(", ", attributes),
            ["history_attributes"] = string.Join(", ", attributes.Select(a => "h." + a)),
            ["stage_attributes"] = string.Join(", ", attributes.Select(a => "s." + a)),
        };
    }

    /// <summary>For add_validity_check.sql and validity_violations.sql: one version table, its key, its CHECK and the rule.</summary>
    public static Dictionary<string, string> Validity(ArchiveDimension dimension, string rule) => new(StringComparer.Ordinal)
    {
        ["history"] = dimension.History,
        ["key"] = dimension.Key,
        ["validity_check"] = dimension.ValidityCheck,
        ["validity_rule"] = rule,
    };

    /// <summary>"    name  type NOT NULL" lines, aligned so the generated DDL reads like hand-written DDL.</summary>
    private static string ColumnList(IReadOnlyList<ArchiveColumn> columns)
    {
        var nameWidth = columns.Max(c => c.Name.Length);
        var typeWidth = columns.Max(c => c.SqlType.Length);
        return string.Join(",\n", columns.Select(c =>
            $"    {c.Name.PadRight(nameWidth)} {(c.Required ? c.SqlType.PadRight(typeWidth) + " NOT NULL" : c.SqlType)}"));
    }
}
