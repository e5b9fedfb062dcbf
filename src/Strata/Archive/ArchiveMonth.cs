using System.Globalization;
using Strata.Diagnostics;

namespace Strata.Archive;

/// <summary>
/// One calendar month in UTC: the unit the archive loads, verifies and swaps. Its bounds are instants
/// (sale_date is a timestamptz), written with an explicit +00 so no session time zone can move them.
/// </summary>
public readonly record struct ArchiveMonth(int Year, int Month)
{
    public static ArchiveMonth Parse(string text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new ArchiveMonth(day.Year, day.Month)
            : throw new StrataException($"'{text}' is not a month; write it as YYYY-MM (2024-03).");

    public static ArchiveMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>Every month from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static IReadOnlyList<ArchiveMonth> Range(ArchiveMonth first, ArchiveMonth last)
    {
        if (last.Index < first.Index)
        {
            throw new StrataException($"--to {last} is before --from {first}.");
        }
        var months = new List<ArchiveMonth>();
        for (var month = first; month.Index <= last.Index; month = month.Next)
        {
            months.Add(month);
        }
        return months;
    }

    /// <summary>Months since year 0: orders months and counts the distance between them.</summary>
    public int Index => Year * 12 + Month - 1;

    public DateOnly FirstDay => new(Year, Month, 1);

    public int Days => DateTime.DaysInMonth(Year, Month);

    public ArchiveMonth Next => Of(FirstDay.AddMonths(1));

    public ArchiveMonth Previous => Of(FirstDay.AddMonths(-1));

    public DateOnly LastDay => Next.FirstDay.AddDays(-1);

    public DateTime Start => FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public DateTime End => Next.Start;

    public IEnumerable<DateOnly> EachDay => Enumerable.Range(0, Days).Select(FirstDay.AddDays);

    /// <summary>The suffix of this month's partition and staging tables: 2024_03.</summary>
    public string Suffix => $"{Year:D4}_{Month:D2}";

    /// <summary>The month's first instant as a SQL literal: '2024-03-01 00:00:00+00'.</summary>
    public string StartLiteral => InstantLiteral(FirstDay);

    /// <summary>The next month's first instant (the exclusive upper bound) as a SQL literal.</summary>
    public string EndLiteral => InstantLiteral(Next.FirstDay);

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    private static string InstantLiteral(DateOnly day) => $"'{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 00:00:00+00'";
}
