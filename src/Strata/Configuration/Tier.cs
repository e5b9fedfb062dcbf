namespace Strata.Configuration;

/// <summary>
/// The three tiers data rests in (docs/architecture.md, "Glossary"). Code, types and SQL folders name a tier by
/// its role; operators name it by the engine they configure it with (<see cref="Tiers.EngineName"/>).
/// </summary>
public enum Tier
{
    /// <summary>PostgreSQL: the three business tables as they arrive, cleaned and typed; quarantine; load ledger.</summary>
    Raw,

    /// <summary>ClickHouse: the star schema and summaries for current analytics, loaded daily.</summary>
    Warehouse,

    /// <summary>Greenplum (or PostgreSQL standing in): the immutable monthly history, loaded monthly.</summary>
    Archive,
}

public static class Tiers
{
    public static IReadOnlyList<Tier> All { get; } = Enum.GetValues<Tier>();

    /// <summary>
    /// The name a person types and reads: <c>--tier</c>, the STRATA_&lt;ENGINE&gt; variable, load_ledger.tier.
    /// One per tier, the engine the operator points it at.
    /// </summary>
    public static string EngineName(this Tier tier) => tier switch
    {
        Tier.Raw => "postgres",
        Tier.Warehouse => "clickhouse",
        Tier.Archive => "greenplum",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };

    /// <summary>The tier's folder under sql/ (and sql/reports/): raw, warehouse, archive.</summary>
    public static string Folder(this Tier tier) => tier.ToString().ToLowerInvariant();

    /// <summary>The tier an engine name stands for; null when it names none.</summary>
    public static Tier? FromEngineName(string name) => All.Cast<Tier?>().FirstOrDefault(tier => tier!.Value.EngineName() == name);
}
