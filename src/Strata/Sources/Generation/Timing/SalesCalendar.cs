namespace Strata.Sources.Generation.Timing;

/// <summary>
/// How many sales fall on each day of the range: a yearly curve peaking in November-December, a weekly rhythm
/// (weekends busiest), retail holidays, a slight growth trend and a little daily noise. The counts add up to
/// exactly the requested number, and only one long per day is kept, so any number of sales fits.
/// </summary>
internal sealed class SalesCalendar
{
    /// <summary>Demand relative to the year's average month.</summary>
    private static readonly YearlyCurve Season = new(0.80, 0.85, 0.97, 0.93, 0.92, 0.88, 0.88, 0.95, 0.98, 1.03, 1.30, 1.50);

    /// <summary>Monday first: people shop online most at the weekend.</summary>
    private static readonly double[] Weekday = [0.90, 0.93, 0.96, 1.00, 1.08, 1.22, 1.12];

    /// <summary>Extra demand per year since the start: a business growing about 12% a year.</summary>
    private const double GrowthPerYear = 0.12;

    private const double Noise = 0.08;

    private readonly double[] weights;
    private readonly long[] counts;

    public SalesCalendar(DateOnly start, DateOnly end, long sales, Random random)
    {
        Start = start;
        weights = new double[end.DayNumber - start.DayNumber + 1];
        for (var index = 0; index < weights.Length; index++)
        {
            var day = start.AddDays(index);
            var noise = 1 + Noise * (2 * random.NextDouble() - 1);
            weights[index] = Season.At(day) * Weekday[((int)day.DayOfWeek + 6) % 7] * RetailHolidays.Factor(day)
                * (1 + GrowthPerYear * index / 365.25) * noise;
        }
        counts = Allocate(weights, sales);
    }

    public DateOnly Start { get; }

    public int Days => weights.Length;

    public DateOnly Day(int index) => Start.AddDays(index);

    public long SalesOn(int index) => counts[index];

    /// <summary>Days weighted by demand: new customers sign up when shoppers are about.</summary>
    public WeightedPicker DayPicker() => WeightedPicker.Of(weights);

    // Rounding the running total (not each day) keeps every day within one sale of its share and the sum exact.
    private static long[] Allocate(double[] weights, long sales)
    {
        var total = weights.Sum();
        var counts = new long[weights.Length];
        double running = 0;
        long allocated = 0;
        for (var index = 0; index < weights.Length; index++)
        {
            running += weights[index];
            var target = index == weights.Length - 1 ? sales : (long)Math.Round(sales * (running / total));
            counts[index] = target - allocated;
            allocated = target;
        }
        return counts;
    }
}
