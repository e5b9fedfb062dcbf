using Strata.Sources.Generation.Catalogues;

namespace Strata.Sources.Generation.Customers;

/// <summary>
/// A generated customer. Propensity scales how often they buy (0 = registered but never buys); DecayDays is how
/// fast that fades after the first purchase, and LifetimeDays how long after it they stay (then they lapse
/// into rare win-back purchases). Age and gender may be unknown, as in real sign-up forms.
/// </summary>
internal sealed record Customer(int Id, DateOnly Registered, int? Age, string? Gender, City City, double Propensity, double DecayDays, int LifetimeDays)
{
    /// <summary>The lifetime of a customer who never lapses.</summary>
    public const int Loyal = int.MaxValue;

    /// <summary>0 for women, 1 for men, 2 when unknown: the index into per-gender category preferences.</summary>
    public int GenderSlot => Gender switch
    {
        "F" => 0,
        "M" => 1,
        _ => 2,
    };
}
