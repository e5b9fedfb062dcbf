using System.Globalization;

namespace Strata.Web.Dashboard.Charts;

/// <summary>Seasonality: each category's seasonal index by month of the year, from the archive (category_seasonality.sql).</summary>
internal static class SeasonalityChart
{
    public static DashboardChart Build(QueryRows data)
    {
        string[] months = [.. Enumerable.Range(1, 12).Select(MonthName)];
        string[] categories = [.. data.Rows.Select(row => row.Text("category")).Distinct()];
        var option = Heatmap.Option("month of the year", months, "category", categories,
            data.Rows.Select(row => (MonthName((int)row.Number("month_of_year")), row.Text("category"), row.Amount("seasonal_index"))), money: false);
        var peak = data.Rows.MaxBy(row => row.Amount("seasonal_index"));
        var reading = peak is null
            ? "Nothing archived yet."
            : $"{peak.Text("category")} peaks in {MonthName((int)peak.Number("month_of_year"))} at "
                + $"{peak.Amount("seasonal_index").ToString("0.00", CultureInfo.InvariantCulture)}x its average month's revenue.";
        return new DashboardChart("seasonality", "Seasonality: seasonal index (1 = an average month) by month and category", reading, option, data);
    }

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);
}
