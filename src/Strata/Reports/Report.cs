using Strata.Configuration;

namespace Strata.Reports;

/// <summary>One analytical report: a SQL file under sql/reports/TIER/NAME.sql, run against that tier as it is.</summary>
public sealed record Report(string Name, Tier Tier, string Title)
{
    public string SqlFile => $"reports/{Tier.Folder()}/{Name}.sql";
}
