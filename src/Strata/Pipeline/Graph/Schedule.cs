using Cronos;

namespace Strata.Pipeline.Graph;

/// <summary>
/// When a pipeline runs by itself: a five-field cron expression read in an explicit IANA time zone (the
/// scheduler never depends on the machine's zone). A cron occurrence at instant T is due once T has passed.
/// </summary>
public sealed record Schedule(string Cron, string TimeZone)
{
    private CronExpression Expression => CronExpression.Parse(Cron);

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Every occurrence after <paramref name="after"/> (exclusive) up to <paramref name="until"/> (inclusive), in order.</summary>
    public IEnumerable<DateTimeOffset> Occurrences(DateTimeOffset after, DateTimeOffset until) =>
        Expression.GetOccurrences(after.UtcDateTime, until.UtcDateTime, Zone, fromInclusive: false, toInclusive: true)
            .Select(utc => new DateTimeOffset(utc, TimeSpan.Zero));

    /// <summary>The latest occurrence at or before <paramref name="instant"/>, if any within a year.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset instant) =>
        Occurrences(instant.AddYears(-1), instant).Cast<DateTimeOffset?>().LastOrDefault();

    /// <summary>The calendar day <paramref name="instant"/> falls on in the schedule's zone: what a scheduled run's partition is counted from.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The schedule with another time zone (STRATA_TIMEZONE), checked to exist.</summary>
    public Schedule In(string timeZone) => this with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZone).Id };
}
