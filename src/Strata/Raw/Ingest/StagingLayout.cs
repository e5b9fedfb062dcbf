using Strata.Contracts;

namespace Strata.Raw.Ingest;

/// <summary>
/// A staging table as the binary COPY sees it: the SQL that creates it, the COPY statement, and the kinds of
/// its value columns in order (after the fixed line_number, raw_record, reject_reason). The first value column is
/// the row's key (every contract lists its key first; an Online Retail line starts with its sale_id).
/// </summary>
public sealed record StagingLayout(string CreateSql, string CopySql, IReadOnlyList<ValueKind> Kinds)
{
    /// <summary>Where the key stands among the value columns.</summary>
    public const int KeyPosition = 0;

    /// <summary>The staging table of one business table: its contract's columns, in contract order.</summary>
    public static StagingLayout For(TableContract table) => new(
        $"raw/ingest/{table.Name}/create_staging.sql",
        "raw/ingest/copy_staging.sql",
        [.. table.Columns.Select(column => column.Kind)]);
}
