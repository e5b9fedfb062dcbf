using Strata.Contracts;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>
/// The archive's tables (R4.1), derived from the business contracts: the columns of a sale (plus revenue and
/// when it was archived) and of the two dimensions (plus their SCD type 2 validity). Every dialect's DDL takes its
/// column lists from here, so the archive cannot drift from the raw tier's types.
/// </summary>
public static class ArchiveTables
{
    /// <summary>quantity x price; wider than a price so a large order cannot overflow it (ClickHouse: Decimal(18,2)).</summary>
    public const string RevenueType = "numeric(18,2)";

    private const string Instant = "timestamp with time zone";

    public static IReadOnlyList<ArchiveColumn> Sales { get; } =
    [
        .. FromContract(RawTables.Sales),
        new("revenue", RevenueType, Required: true),
        new("archived_at", Instant, Required: true),
    ];

    /// <summary>A returned line (returns_data's columns) plus the value returned (quantity x price) and when it was archived.</summary>
    public static IReadOnlyList<ArchiveColumn> Returns { get; } =
    [
        .. FromContract(RawTables.Returns),
        new("returned_revenue", RevenueType, Required: true),
        new("archived_at", Instant, Required: true),
    ];

    public static IReadOnlyList<ArchiveColumn> ProductAttributes { get; } = FromContract(RawTables.Products);

    public static IReadOnlyList<ArchiveColumn> CustomerAttributes { get; } = FromContract(RawTables.Customers);

    /// <summary>SCD type 2: the version was true from valid_from (inclusive) to valid_to (exclusive, 'infinity' while current).</summary>
    public static IReadOnlyList<ArchiveColumn> Validity { get; } =
    [
        new("valid_from", Instant, Required: true),
        new("valid_to", Instant, Required: true),
        new("is_current", "boolean", Required: true),
    ];

    public static IReadOnlyList<ArchiveColumn> Products { get; } = [.. ProductAttributes, .. Validity];

    public static IReadOnlyList<ArchiveColumn> Customers { get; } = [.. CustomerAttributes, .. Validity];

    /// <summary>
    /// historical_sales_by_customer_month (decision 0010): a UTC month, a customer, the category, country and region the
    /// sales met ('unknown' without a version, so never null), the measures, and the sales that met no version.
    /// </summary>
    public static IReadOnlyList<ArchiveColumn> SalesByCustomerMonth { get; } =
    [
        new("sale_month", "date", Required: true),
        Required(Sales, "customer_id"),
        Required(ProductAttributes, "category"),
        Required(CustomerAttributes, "country"),
        Required(CustomerAttributes, "region"),
        .. SummaryMeasures(),
        new("sales_without_version", "bigint", Required: true),
    ];

    /// <summary>historical_sales_by_product_month (decision 0010): a UTC month, a product, the measures.</summary>
    public static IReadOnlyList<ArchiveColumn> SalesByProductMonth { get; } =
    [
        new("sale_month", "date", Required: true),
        Required(Sales, "product_id"),
        .. SummaryMeasures(),
    ];

    private static ArchiveColumn[] SummaryMeasures() =>
        [new("sales", "bigint", Required: true), new("units", "bigint", Required: true), new("revenue", RevenueType, Required: true)];

    private static ArchiveColumn Required(IReadOnlyList<ArchiveColumn> table, string name) => table.Single(c => c.Name == name) with { Required = true };

    private static List<ArchiveColumn> FromContract(TableContract table) =>
        [.. table.Columns.Select(c => new ArchiveColumn(c.Name, PostgresTypes.Of(c.Kind), c.Required))];
}
