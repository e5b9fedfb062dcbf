namespace Strata.Sources.Generation.Sales;

/// <summary>How many units a sale line has: mostly one, rarely more than three, and one for big-ticket items.</summary>
internal static class Quantities
{
    private const decimal BigTicket = 10_000m;

    private static readonly int[] Values = [1, 2, 3, 4, 5, 6, 8, 10];
    private static readonly WeightedPicker Picker = WeightedPicker.Of([0.68, 0.19, 0.08, 0.03, 0.01, 0.005, 0.003, 0.002]);

    public static int Pick(Random random, decimal unitPrice)
    {
        var quantity = Values[Picker.Pick(random)];
        return unitPrice >= BigTicket ? 1 : quantity;
    }
}
