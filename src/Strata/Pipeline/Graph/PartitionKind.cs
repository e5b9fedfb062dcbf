namespace Strata.Pipeline.Graph;

/// <summary>What one run of a pipeline works on: a logical date, a month, or nothing in particular.</summary>
public enum PartitionKind
{
    /// <summary>A UTC day (or a range of days in one set-based run): the daily pipeline.</summary>
    Date,

    /// <summary>A calendar month in UTC (or a range of months): the monthly pipeline.</summary>
    Month,

    /// <summary>No partition: the ingest of whatever the drop folder holds.</summary>
    None,
}
