namespace Strata.Sources.Generation.Timing;

/// <summary>
/// Days that move Russian online retail away from the seasonal curve: 11.11 and Black Friday sales, the
/// pre-New-Year rush and the quiet January holidays, gift days before 23 February and 8 March.
/// </summary>
internal static class RetailHolidays
{
    public static double Factor(DateOnly day) => (day.Month, day.Day) switch
    {
        (11, 11) => 1.6,
        (11, _) => BlackFridayWeekend(day),
        (12, >= 20 and <= 23) => 1.2,
        (12, >= 24 and <= 30) => 1.35,
        (12, 31) => 0.6,
        (1, 1) => 0.35,
        (1, <= 8) => 0.75,
        (2, 14) => 1.15,
        (2, >= 20 and <= 22) => 1.2,
        (3, <= 7) => 1.3,
        (3, 8) => 0.8,
        _ => 1.0,
    };

    private static double BlackFridayWeekend(DateOnly day)
    {
        // Black Friday is the day after the fourth Thursday of November; Cyber Monday follows the weekend.
        var first = new DateOnly(day.Year, 11, 1);
        var firstThursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        var blackFriday = firstThursday.AddDays(22);
        return (day.DayNumber - blackFriday.DayNumber) switch
        {
            0 => 2.4,
            1 or 2 => 1.6,
            3 => 1.45,
            _ => 1.0,
        };
    }
}
