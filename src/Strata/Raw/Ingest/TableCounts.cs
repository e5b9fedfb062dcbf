using System.Text.Json.Serialization;

namespace Strata.Raw.Ingest;

/// <summary>What happened to one table's input rows; every row is counted exactly once.</summary>
public sealed record TableCounts(long Read, long Loaded, long Duplicates, long Quarantined)
{
    public static readonly TableCounts None = new(0, 0, 0, 0);

    /// <summary>read = loaded + duplicates + quarantined: nothing was lost silently.</summary>
    [JsonIgnore]
    public bool Balanced => Read == Loaded + Duplicates + Quarantined;

    /// <summary>These counts as the load ledger records them, for <paramref name="table"/> loaded from <paramref name="source"/>.</summary>
    public TableAccount Account(string table, string source) => new(table, source, Read, Loaded, Duplicates, Quarantined);

    public TableCounts Add(TableCounts other) =>
        new(Read + other.Read, Loaded + other.Loaded, Duplicates + other.Duplicates, Quarantined + other.Quarantined);
}
