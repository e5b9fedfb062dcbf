using System.Globalization;

namespace Strata.Web.Dashboard;

/// <summary>How the report and the dashboard write figures: money with two decimals and thousands separators, counts with separators.</summary>
public static class Money
{
    public static string Format(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>A change in percent with its sign ("+12.3 %"), or null when there is nothing to compare with.</summary>
    public static string? Change(decimal? percent) => percent?.ToString("+0.0' %';-0.0' %';0.0' %'", CultureInfo.InvariantCulture);

    /// <summary>How many times <paramref name="part"/> the <paramref name="whole"/> is, for readings ("1.6x").</summary>
    public static string Times(decimal part, decimal whole) =>
        whole == 0 ? "n/a" : (part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "x";

    public static string Percent(decimal part, decimal whole) =>
        whole == 0 ? "n/a" : (100 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
