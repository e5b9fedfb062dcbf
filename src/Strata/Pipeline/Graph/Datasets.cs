namespace Strata.Pipeline.Graph;

/// <summary>
/// The datasets steps read and write, named "tier.table" (the glossary's tier names). Lineage (OpenLineage), the
/// orchestrators' assets and the manifest all use these names.
/// </summary>
public static class Datasets
{
    public const string DropFolder = "files.drop_folder";

    public const string RawCustomers = "raw.customer_data";
    public const string RawProducts = "raw.product_data";
    public const string RawSales = "raw.sales_data";
    public const string RawReturns = "raw.returns_data";
    public const string RawQuarantine = "raw.quarantine";
    public const string RawLedger = "raw.load_ledger";

    public const string FactSales = "warehouse.fact_sales";
    public const string DimCustomer = "warehouse.dim_customer";
    public const string DimProduct = "warehouse.dim_product";
    public const string FactReturns = "warehouse.fact_returns";

    /// <summary>The extract pulls the returns straight into the table the load exchanges whole: they need no transform.</summary>
    public const string FactReturnsStaging = "warehouse.fact_returns_staging";

    public const string HistoricalSales = "archive.historical_sales";
    public const string HistoricalSalesStage = "archive.historical_sales_stage";
    public const string HistoricalProducts = "archive.historical_products";
    public const string HistoricalCustomers = "archive.historical_customers";
    public const string ArchiveMonths = "archive.archive_months";
    public const string HistoricalReturns = "archive.historical_returns";
    public const string HistoricalReturnsStage = "archive.stage_returns";

    /// <summary>The monthly summaries the historical reports read (decision 0010).</summary>
    public const string HistoricalSalesByCustomerMonth = "archive.historical_sales_by_customer_month";
    public const string HistoricalSalesByProductMonth = "archive.historical_sales_by_product_month";

    public static IReadOnlyList<string> RawBusinessTables { get; } = [RawCustomers, RawProducts, RawSales, RawReturns];

    /// <summary>What the daily extract lands in ClickHouse: the raw rows, untouched.</summary>
    public static IReadOnlyList<string> WarehouseLanding { get; } =
        ["warehouse.daily_landing_sales", "warehouse.daily_landing_customers", "warehouse.daily_landing_products"];

    /// <summary>What the daily transform builds for the load to swap in, and its rejects.</summary>
    public static IReadOnlyList<string> WarehouseStaging { get; } =
        ["warehouse.fact_sales_staging", "warehouse.dim_customer_staging", "warehouse.dim_product_staging", "warehouse.daily_quarantine"];

    /// <summary>What the daily load swaps in: the star schema, the quarantine and the summaries.</summary>
    public static IReadOnlyList<string> WarehouseModel { get; } =
    [
        FactSales, DimCustomer, DimProduct, "warehouse.dim_date", "warehouse.quarantine", "warehouse.summary_sales",
        "warehouse.summary_products", "warehouse.summary_customers", "warehouse.sales_weekly", "warehouse.sales_monthly",
        "warehouse.summary_category_region",
    ];
}
