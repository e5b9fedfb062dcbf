namespace Strata.Sources.Generation.Customers;

/// <summary>
/// Who buys on a given day. Only customers registered by then can buy (so registration always comes first).
/// A new customer is drawn to make a first purchase soon; after it their buying fades hyperbolically towards a
/// floor, and at the end of their lifetime they lapse into rare win-back purchases. Together these give every
/// registration cohort a decaying retention curve.
/// </summary>
internal sealed class CustomerActivity
{
    /// <summary>How much more likely a registered customer who has not bought yet is to buy than a fresh buyer.</summary>
    private const double NewcomerPull = 4.0;

    /// <summary>The share of their early activity that long-standing customers keep.</summary>
    private const double Floor = 0.3;

    /// <summary>What is left of a lapsed customer's activity: the odd win-back purchase.</summary>
    private const double Lapsed = 0.005;

    private const int NotYet = int.MinValue;

    private readonly Customer[] customers;
    private readonly int[] firstPurchase;
    private readonly WeightedPicker today;
    private int registered;

    public CustomerActivity(Customer[] customers, DateOnly start)
    {
        this.customers = customers;
        today = new WeightedPicker(customers.Length);
        // Customers who signed up before the range have been buying since they registered.
        firstPurchase = [.. customers.Select(c => c.Registered < start ? c.Registered.DayNumber : NotYet)];
    }

    public void BeginDay(DateOnly day)
    {
        while (registered < customers.Length && customers[registered].Registered <= day)
        {
            registered++;
        }
        today.Clear();
        for (var index = 0; index < registered; index++)
        {
            today.Add(Weight(index, day.DayNumber));
        }
    }

    public Customer Pick(Random random, DateOnly day)
    {
        var index = today.Pick(random);
        if (firstPurchase[index] == NotYet)
        {
            firstPurchase[index] = day.DayNumber;
        }
        return customers[index];
    }

    private double Weight(int index, int day)
    {
        var customer = customers[index];
        var first = firstPurchase[index];
        if (first == NotYet)
        {
            return customer.Propensity * NewcomerPull;
        }
        var days = day - first;
        if (days > customer.LifetimeDays)
        {
            return customer.Propensity * Lapsed;
        }
        var fading = 1 / (1 + days / customer.DecayDays);
        return customer.Propensity * (Floor + (1 - Floor) * fading);
    }
}
