using Strata.Sources.Generation.Timing;

namespace Strata.Sources.Generation.Catalogues;

/// <summary>
/// A product category: its share of the assortment, price band (roubles), seasonal demand, how much more
/// (above 1) or less women and men buy it, and the parts product names and suppliers are made of.
/// </summary>
internal sealed record Category(
    string Name,
    double Share,
    double MinPrice,
    double MaxPrice,
    YearlyCurve Season,
    double Women,
    double Men,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Suppliers)
{
    /// <summary>Words put before an item ("Compact Blender"); books get their own.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } =
        ["Classic", "Compact", "Premium", "Essential", "Deluxe", "Everyday", "Family", "Travel", "Signature", "Nordic", "Comfort", "Original"];

    /// <summary>Whether items come in colours (", Navy" after the name, which also puts commas into the CSV).</summary>
    public bool Coloured { get; init; }
}
