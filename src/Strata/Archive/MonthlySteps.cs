namespace Strata.Archive;

/// <summary>The steps of archiving one month, in order; each starts only when the one before succeeded.</summary>
public static class MonthlySteps
{
    /// <summary>Duplicates and gaps in ClickHouse's month (every day present, or the source had no sales that day).</summary>
    public const string Check = "check";

    /// <summary>ClickHouse pushes the month into a fresh staging table in the archive (COPY, through postgresql()).</summary>
    public const string Stage = "stage";

    /// <summary>Staging against ClickHouse, per day: rows, revenue, units, customers, products, timestamps.</summary>
    public const string VerifyStaging = "verify_staging";

    /// <summary>The staging table becomes the month's partition, atomically.</summary>
    public const string Swap = "swap";

    /// <summary>The archived month against ClickHouse again, per day, as readers now see it.</summary>
    public const string VerifyArchive = "verify_archive";

    /// <summary>SCD type 2 history of products and customers from ClickHouse's dimensions.</summary>
    public const string Dimensions = "dimensions";

    /// <summary>The monthly summaries the historical reports read, rebuilt for the month and any month left stale.</summary>
    public const string Summaries = "summaries";

    /// <summary>What was read and loaded, into the reconciliation ledger (tier 'greenplum').</summary>
    public const string Ledger = "ledger";

    public static IReadOnlyList<string> Names { get; } = [Check, Stage, VerifyStaging, Swap, VerifyArchive, Dimensions, Summaries, Ledger];
}
