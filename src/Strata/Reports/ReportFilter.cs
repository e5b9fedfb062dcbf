using System.Globalization;
using System.Text.Json.Serialization;

namespace Strata.Reports;

/// <summary>
/// What a report covers: the sales of the UTC days From..To (both included), of one category and one region ("" = all).
/// Bound to the reports' query parameters (ClickHouse <c>{from:Date32}</c>, PostgreSQL <c>@from</c>), never spliced into their
/// SQL. `strata report` runs every report with <see cref="Everything"/>; the dashboard with what a person asked for.
/// </summary>
public sealed record ReportFilter(DateOnly From, DateOnly To, string Category, string Region)
{
    /// <summary>The filter's parts, as the reports' parameters are named.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["from", "to", "category", "region"];

    /// <summary>Every day a tier can hold (ClickHouse's Date32 range, within PostgreSQL's), every category, every region.</summary>
    public static ReportFilter Everything { get; } = new(new DateOnly(1900, 1, 1), new DateOnly(2299, 12, 31), "", "");

    /// <summary>The equally long stretch of days just before this one, for the period-over-period change.</summary>
    public ReportFilter Previous()
    {
        var days = To.DayNumber - From.DayNumber + 1;
        return this with { From = From.AddDays(-days), To = From.AddDays(-1) };
    }

    /// <summary>The values by parameter name.</summary>
    public IReadOnlyDictionary<string, object?> Parameters() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["from"] = From,
        ["to"] = To,
        ["category"] = Category,
        ["region"] = Region,
    };

    /// <summary>The values of the parts <paramref name="sql"/> takes, and no others (PostgreSQL refuses a parameter it is not asked for).</summary>
    public IReadOnlyDictionary<string, object?> ParametersOf(string sql)
    {
        var all = Parameters();
        return ReportSql.FilterParts(sql).ToDictionary(part => part, part => all[part], StringComparer.Ordinal);
    }

    /// <summary>Whether the dates are <see cref="Everything"/>'s: no day left out.</summary>
    [JsonIgnore]
    public bool EveryDay => From == Everything.From && To == Everything.To;

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}, {DescribeSales()}");

    /// <summary>The category and region part: "all categories, North".</summary>
    public string DescribeSales() => $"{(Category.Length == 0 ? "all categories" : Category)}, {(Region.Length == 0 ? "all regions" : Region)}";
}
