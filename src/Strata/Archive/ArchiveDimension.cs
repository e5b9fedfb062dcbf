using Strata.Contracts;

namespace Strata.Archive;

/// <summary>A dimension kept as SCD type 2 in the archive: its history table, its staging table and its business key.</summary>
public sealed record ArchiveDimension(string History, string Stage, string Key, IReadOnlyList<ArchiveColumn> Columns)
{
    public static readonly ArchiveDimension Products =
        new("historical_products", "stage_products", RawTables.Products.Key, ArchiveTables.ProductAttributes);

    public static readonly ArchiveDimension Customers =
        new("historical_customers", "stage_customers", RawTables.Customers.Key, ArchiveTables.CustomerAttributes);

    public static IReadOnlyList<ArchiveDimension> All { get; } = [Products, Customers];

    /// <summary>The CHECK that keeps every version's valid_from and valid_to at UTC month starts (add_validity_check.sql).</summary>
    public string ValidityCheck => History + "_validity_at_utc_month_starts";

    /// <summary>The columns whose change makes a new version: every column but the key.</summary>
    public IEnumerable<ArchiveColumn> Attributes => Columns.Where(c => c.Name != Key);
}
