namespace Strata.Contracts;

/// <summary>The engine-neutral types a business column can have; each tier maps them to its own.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members name SQL types on purpose.")]
public enum ValueKind
{
    SmallInteger,
    Integer,
    BigInteger,
    /// <summary>Money: exact decimal with two places (numeric(12,2) / Decimal(12,2)).</summary>
    Money,
    Text,
    Date,
    /// <summary>An instant, stored in UTC (timestamptz / DateTime64(6,'UTC')).</summary>
    Timestamp,
}
