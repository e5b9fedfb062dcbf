using Strata.Contracts;

namespace Strata.Postgres;

/// <summary>How the contract's value kinds are spelt in PostgreSQL (and Greenplum, which shares the names).</summary>
public static class PostgresTypes
{
    public static string Of(ValueKind kind) => kind switch
    {
        ValueKind.SmallInteger => "smallint",
        ValueKind.Integer => "integer",
        ValueKind.BigInteger => "bigint",
        ValueKind.Money => "numeric(12,2)",
        ValueKind.Text => "text",
        ValueKind.Date => "date",
        ValueKind.Timestamp => "timestamp with time zone",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
