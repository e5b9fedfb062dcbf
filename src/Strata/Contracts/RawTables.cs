namespace Strata.Contracts;

/// <summary>
/// The three business tables of the raw tier (R1), and the returns (an Online Retail II export's cancellations, or a
/// Strata returns_data file such as the generator writes). The PostgreSQL migrations, the ClickHouse and archive DDL,
/// the ingest validation and the tests all read their columns, types and rules from here.
/// </summary>
public static class RawTables
{
    /// <summary>A stock code: real ones (the Online Retail II set, the generator's P00042) are a dozen characters.</summary>
    private const int ProductIdLength = 64;

    /// <summary>City, region and country names; the longest real place names are under 100 characters.</summary>
    private const int PlaceLength = 100;

    public static readonly TableContract Customers = new("customer_data", "customer_id",
    [
        new("customer_id", ValueKind.Integer, Required: true) { Min = 1 },
        new("age", ValueKind.SmallInteger, Required: false) { Min = 14, Max = 110 },
        new("gender", ValueKind.Text, Required: false) { AllowedValues = ["F", "M"], Categorical = true },
        new("city", ValueKind.Text, Required: false) { Categorical = true, MaxLength = PlaceLength },
        new("region", ValueKind.Text, Required: false) { Categorical = true, MaxLength = PlaceLength },
        new("country", ValueKind.Text, Required: false) { Categorical = true, MaxLength = PlaceLength },
        new("registration_date", ValueKind.Date, Required: true),
    ]);

    public static readonly TableContract Products = new("product_data", "product_id",
    [
        new("product_id", ValueKind.Text, Required: true) { MaxLength = ProductIdLength },
        new("name", ValueKind.Text, Required: true) { MaxLength = 500 },
        new("category", ValueKind.Text, Required: true) { Categorical = true, MaxLength = 100 },
        new("supplier", ValueKind.Text, Required: false) { Categorical = true, MaxLength = 200 },
        new("price", ValueKind.Money, Required: true) { Min = 0.01m, Max = 9_999_999_999.99m },
    ]);

    public static readonly TableContract Sales = new("sales_data", "sale_id",
    [
        new("sale_id", ValueKind.BigInteger, Required: true) { Min = 1 },
        new("sale_date", ValueKind.Timestamp, Required: true),
        new("product_id", ValueKind.Text, Required: true) { References = "product_data", MaxLength = ProductIdLength },
        new("customer_id", ValueKind.Integer, Required: true) { Min = 1, References = "customer_data" },
        new("quantity", ValueKind.Integer, Required: true) { Min = 1 },
        new("price", ValueKind.Money, Required: true) { Min = 0.01m, Max = 9_999_999_999.99m },
    ]);

    /// <summary>
    /// Goods taken back: the quantity returned (positive) at the line's price, and the earlier invoice cancelled when
    /// it is known. An Online Retail II export's cancellation lines (invoices "C...") derive it in SQL; a Strata
    /// returns_data file names it (the sale_id of the line it cancels: a Strata sale line is its own invoice) or
    /// leaves it empty.
    /// </summary>
    public static readonly TableContract Returns = new("returns_data", "return_id",
    [
        new("return_id", ValueKind.BigInteger, Required: true) { Min = 1 },
        new("return_date", ValueKind.Timestamp, Required: true),
        new("product_id", ValueKind.Text, Required: true) { References = "product_data" },
        new("customer_id", ValueKind.Integer, Required: true) { Min = 1, References = "customer_data" },
        new("quantity", ValueKind.Integer, Required: true) { Min = 1 },
        new("price", ValueKind.Money, Required: true) { Min = 0.01m, Max = 9_999_999_999.99m },
        new("cancelled_invoice", ValueKind.BigInteger, Required: false) { Min = 1 },
    ]);

    /// <summary>In load order: the tables a sale refers to come first.</summary>
    public static IReadOnlyList<TableContract> All { get; } = [Customers, Products, Sales];

    /// <summary>Every raw table in load order: a return refers to a customer and a product too.</summary>
    public static IReadOnlyList<TableContract> WithReturns { get; } = [.. All, Returns];

    public static TableContract ByName(string name) =>
        WithReturns.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"No business table '{name}'.", nameof(name));
}
