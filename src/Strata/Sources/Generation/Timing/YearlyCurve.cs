namespace Strata.Sources.Generation.Timing;

/// <summary>
/// A seasonal level given as twelve mid-month values (January first) and joined by straight lines, December
/// wrapping into January, so demand drifts through the year instead of jumping on the first of a month.
/// </summary>
internal sealed class YearlyCurve
{
    private readonly double[] monthly;

    public YearlyCurve(params double[] monthly)
    {
        if (monthly.Length != 12)
        {
            throw new ArgumentException("A yearly curve needs exactly twelve monthly levels.", nameof(monthly));
        }
        this.monthly = monthly;
    }

    public double At(DateOnly day)
    {
        // Position in months counted from mid-January: 0 on 15-16 January, 11 in mid-December, -0.5 on 1 January.
        var position = day.Month - 1.5 + (day.Day - 0.5) / DateTime.DaysInMonth(day.Year, day.Month);
        var before = position < 0 ? 11 : (int)position;
        var fraction = position < 0 ? position + 1 : position - before;
        var after = (before + 1) % 12;
        return monthly[before] + (monthly[after] - monthly[before]) * fraction;
    }
}
