using Strata.Contracts;

namespace Strata.ClickHouse;

/// <summary>
/// How the contract's columns are typed in ClickHouse, spelt as ClickHouse itself prints them (DESCRIBE TABLE),
/// so the warehouse DDL can be checked against the contract.
/// </summary>
public static class ClickHouseTypes
{
    public static string Of(ValueKind kind) => kind switch
    {
        ValueKind.SmallInteger => "Int16",
        ValueKind.Integer => "Int32",
        ValueKind.BigInteger => "Int64",
        ValueKind.Money => "Decimal(12, 2)",
        ValueKind.Text => "String",
        ValueKind.Date => "Date32",
        ValueKind.Timestamp => "DateTime64(6, 'UTC')",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The column's full type: Nullable unless required; LowCardinality for categorical text and for text
    /// referring to a dimension (a product_id in the facts takes as few values as there are products, and is
    /// grouped, sorted and looked up on every summary).
    /// </summary>
    public static string Of(ColumnContract column)
    {
        var type = Of(column.Kind);
        if (!column.Required)
        {
            type = $"Nullable({type})";
        }
        var fewValues = column.Categorical || (column.Kind == ValueKind.Text && column.References is not null);
        return fewValues ? $"LowCardinality({type})" : type;
    }
}
