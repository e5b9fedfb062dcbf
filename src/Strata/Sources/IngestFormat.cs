namespace Strata.Sources;

/// <summary>What kind of CSV an ingest reads.</summary>
public enum IngestFormat
{
    /// <summary>customer_data / product_data / sales_data files in the Strata contract's columns (docs/csv-format.md).</summary>
    Strata,

    /// <summary>The UCI Online Retail II transaction export, split into the three tables.</summary>
    OnlineRetailII,
}
