namespace Strata.Contracts;

/// <summary>One business column: its type, whether a value is required, and the values it may hold.</summary>
public sealed record ColumnContract(string Name, ValueKind Kind, bool Required)
{
    /// <summary>Smallest allowed value (inclusive) for numbers; null when unbounded.</summary>
    public decimal? Min { get; init; }

    /// <summary>Largest allowed value (inclusive) for numbers; null when unbounded.</summary>
    public decimal? Max { get; init; }

    /// <summary>
    /// Most characters a text value may have; longer values are quarantined, so a runaway field (a 10 MB product name)
    /// never travels to the warehouse and the archive. Null for columns that are not text.
    /// </summary>
    public int? MaxLength { get; init; }

    /// <summary>The only values a text column may hold after cleaning; null when any text is allowed.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>Text columns whose values are few and repeated (city, category): LowCardinality in ClickHouse.</summary>
    public bool Categorical { get; init; }

    /// <summary>The column holds a key of another table (sales_data.product_id -> product_data).</summary>
    public string? References { get; init; }
}
