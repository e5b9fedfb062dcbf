using Strata.Sources.Generation.Catalogues;
using Strata.Sources.Generation.Timing;

namespace Strata.Sources.Generation.Customers;

/// <summary>
/// Creates the customer base: a quarter registered during the year before the range, the rest signing up
/// as demand goes (more before New Year, more as the business grows). Ids follow registration order.
/// </summary>
internal static class CustomerFactory
{
    private const double RegisteredBeforeShare = 0.25;
    private const int HistoryDays = 365;
    private const double WomenShare = 0.56;
    private const double UnknownAgeShare = 0.02;
    private const double UnknownGenderShare = 0.015;

    /// <summary>Customers won in the November-December rush fade and lapse faster than those who came on their own.</summary>
    private const double HolidayDecayDays = 35;
    private const double UsualDecayDays = 90;
    private const double HolidayMonthlySurvival = 0.6;
    private const double UsualMonthlySurvival = 0.75;

    /// <summary>Customers who never lapse.</summary>
    private const double LoyalShare = 0.25;

    /// <summary>Adult age bands (first age, last age) and their shares of online shoppers.</summary>
    private static readonly (int First, int Last, double Share)[] AgeBands =
        [(18, 24, 0.13), (25, 34, 0.24), (35, 44, 0.24), (45, 54, 0.18), (55, 64, 0.13), (65, 79, 0.08)];

    /// <summary>Purchase propensity tiers: 5% never buy, a few heavy buyers carry much of the revenue.</summary>
    private static readonly (double Propensity, double Share)[] Tiers =
        [(0.0, 0.05), (0.4, 0.45), (1.0, 0.33), (2.5, 0.13), (6.0, 0.04)];

    private static readonly WeightedPicker AgeBandPicker = WeightedPicker.Of([.. AgeBands.Select(band => band.Share)]);
    private static readonly WeightedPicker TierPicker = WeightedPicker.Of([.. Tiers.Select(tier => tier.Share)]);
    private static readonly WeightedPicker CityPicker = WeightedPicker.Of([.. CityCatalogue.All.Select(city => (double)city.PopulationThousands)]);

    public static Customer[] Create(int count, SalesCalendar calendar, Random random)
    {
        var start = calendar.Start.DayNumber;
        var days = calendar.DayPicker();
        var registered = new int[count];
        // The first customer is there from the start, so no day is without someone to sell to.
        registered[0] = start - random.Next(HistoryDays + 1);
        for (var index = 1; index < count; index++)
        {
            registered[index] = random.NextDouble() < RegisteredBeforeShare
                ? start - 1 - random.Next(HistoryDays)
                : start + days.Pick(random);
        }
        Array.Sort(registered);
        var customers = new Customer[count];
        for (var index = 0; index < count; index++)
        {
            customers[index] = Describe(index + 1, DateOnly.FromDayNumber(registered[index]), random);
        }
        return customers;
    }

    private static Customer Describe(int id, DateOnly registered, Random random)
    {
        var band = AgeBands[AgeBandPicker.Pick(random)];
        int? age = random.NextDouble() < UnknownAgeShare ? null : band.First + random.Next(band.Last - band.First + 1);
        var gender = random.NextDouble() < UnknownGenderShare ? null : random.NextDouble() < WomenShare ? "F" : "M";
        var city = CityCatalogue.All[CityPicker.Pick(random)];
        var propensity = Tiers[TierPicker.Pick(random)].Propensity;
        if (id == 1 && propensity == 0)
        {
            propensity = 1.0; // the first customer must buy: on the first day they may be the only one registered
        }
        var holiday = registered.Month >= 11;
        var lifetime = random.NextDouble() < LoyalShare
            ? Customer.Loyal
            : Lifetime(holiday ? HolidayMonthlySurvival : UsualMonthlySurvival, random);
        return new Customer(id, registered, age, gender, city, propensity, holiday ? HolidayDecayDays : UsualDecayDays, lifetime);
    }

    /// <summary>Two weeks plus whole months survived one by one (a geometric lifetime), plus part of a month.</summary>
    private static int Lifetime(double monthlySurvival, Random random)
    {
        var months = 0;
        while (random.NextDouble() < monthlySurvival)
        {
            months++;
        }
        return 14 + 30 * months + random.Next(30);
    }
}
