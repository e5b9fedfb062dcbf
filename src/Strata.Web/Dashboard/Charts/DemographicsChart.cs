namespace Strata.Web.Dashboard.Charts;

/// <summary>Purchases by demographics: revenue per age band x gender (demographics.sql).</summary>
internal static class DemographicsChart
{
    public static DashboardChart Build(QueryRows data)
    {
        string[] bands = [.. data.Rows.Select(row => row.Text("age_band")).Distinct()];
        string[] genders = [.. data.Rows.Select(row => row.Text("gender")).Distinct().Order(StringComparer.Ordinal)];
        var option = Heatmap.Option("age band (years)", bands, "gender", genders,
            data.Rows.Select(row => (row.Text("age_band"), row.Text("gender"), row.Amount("revenue"))), money: true);
        var top = data.Rows.MaxBy(row => row.Amount("revenue"));
        var reading = top is null
            ? "No sales in this period."
            : $"Customers aged {top.Text("age_band")}, gender {top.Text("gender")}, spend the most: {Money.Format(top.Amount("revenue"))} "
                + $"from {Money.Count(top.Number("customers"))} customers.";
        return new DashboardChart("demographics", "Purchases by demographics: revenue by age band and gender", reading, option, data);
    }
}
