using System.Globalization;
using Strata.Reports;

namespace Strata.Web.Dashboard;

/// <summary>A filter as a person asks for it: any part may be missing; missing dates mean the whole loaded range.</summary>
public sealed record FilterRequest(DateOnly? From, DateOnly? To, string? Category, string? Region)
{
    public static FilterRequest All { get; } = new(null, null, null, null);

    public ReportFilter Resolve(DateOnly firstDay, DateOnly lastDay) =>
        new(From ?? firstDay, To ?? lastDay, Category?.Trim() ?? "", Region?.Trim() ?? "");

    /// <summary>
    /// The period of the key figures: the filter's dates when asked for; otherwise the latest 365 days of the range, so the
    /// change against the 365 days before means something (the whole range has nothing before it).
    /// </summary>
    public ReportFilter KeyPeriod(ReportFilter filter) =>
        From is null && To is null ? filter with { From = DateOnly.FromDayNumber(Math.Max(filter.From.DayNumber, filter.To.AddDays(-364).DayNumber)) } : filter;

    /// <summary>Reads ?from=YYYY-MM-DD&amp;to=...&amp;category=...&amp;region=...; a date that does not parse is a problem to name.</summary>
    public static (FilterRequest? Request, string? Problem) Parse(Func<string, string?> query)
    {
        var from = ParseDay(query("from"), "from");
        var to = ParseDay(query("to"), "to");
        var problem = from.Problem ?? to.Problem;
        if (problem is null && from.Day > to.Day)
        {
            problem = "from must not be after to.";
        }
        return problem is null ? (new FilterRequest(from.Day, to.Day, Blank(query("category")), Blank(query("region"))), null) : (null, problem);
    }

    private static (DateOnly? Day, string? Problem) ParseDay(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (day, null)
        : (null, $"{name} expects a date as YYYY-MM-DD (2024-01-31), not '{text}'.");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
