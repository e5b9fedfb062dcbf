using System.Globalization;

namespace Strata.Web.Dashboard.Charts;

/// <summary>Cohort retention: the share of each first-purchase quarter's customers buying again N quarters later (cohort_retention.sql).</summary>
internal static class CohortChart
{
    public static DashboardChart Build(QueryRows data)
    {
        static string Cohort(Querying.ResultRow row) => $"{row.Number("cohort_year")} Q{row.Number("cohort_quarter")}";
        string[] cohorts = [.. data.Rows.Select(Cohort).Distinct()];
        string[] offsets = [.. data.Rows.Select(row => row.Number("quarters_after")).Distinct().Order().Select(n => n.ToString(CultureInfo.InvariantCulture))];
        var option = Heatmap.Option("quarters after the first purchase", offsets, "first-purchase quarter (cohort)", cohorts,
            data.Rows.Select(row => (row.Number("quarters_after").ToString(CultureInfo.InvariantCulture), Cohort(row), row.Amount("retention_pct"))),
            money: false);
        var next = data.Rows.Where(row => row.Number("quarters_after") == 1).ToList();
        var reading = next.Count == 0
            ? "Nothing archived yet."
            : $"On average {next.Average(row => row.Amount("retention_pct")).ToString("0.0", CultureInfo.InvariantCulture)} % of a quarter's new "
                + "customers buy again the quarter after.";
        return new DashboardChart("cohort-retention", "Cohort retention (% of the cohort buying again) by first-purchase quarter", reading, option, data);
    }
}
