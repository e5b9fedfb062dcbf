using Strata.Configuration;
using Strata.Querying;

namespace Strata.Reports;

/// <summary>
/// One analytical report: a SQL file under sql/reports/TIER/NAME.sql, run against that tier under a <see cref="ReportFilter"/>
/// (`strata report`: <see cref="ReportFilter.Everything"/>).
/// </summary>
public sealed record Report(string Name, Tier Tier, string Title)
{
    public string SqlFile => $"reports/{Tier.Folder()}/{Name}.sql";

    /// <summary>The SQL that runs, with the tier's filter in place (<see cref="ReportSql"/>).</summary>
    public string Sql => ReportSql.Read(Tier, SqlFile);

    /// <summary>Runs the report under <paramref name="filter"/>, binding the parts of it the SQL takes.</summary>
    public Task<TabularResult> RunAsync(ISqlTier store, ReportFilter filter, CancellationToken cancellationToken) =>
        store.QueryAsync(Sql, filter.ParametersOf(Sql), cancellationToken);
}
