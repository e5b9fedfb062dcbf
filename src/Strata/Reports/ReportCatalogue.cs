using Strata.Sql;

namespace Strata.Reports;

/// <summary>The reports of one tier: the SQL files under sql/reports/&lt;tier&gt;/, each named after what it shows.</summary>
public sealed class ReportCatalogue(string tier)
{
    public string Tier => tier;

    public IReadOnlyList<string> Names =>
        [.. SqlCatalog.List(Folder).Select(path => Path.GetFileNameWithoutExtension(path))];

    public string Sql(string name) => SqlCatalog.Read($"{Folder}/{name}.sql");

    private string Folder => $"reports/{tier}";
}
