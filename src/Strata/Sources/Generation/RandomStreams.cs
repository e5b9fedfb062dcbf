namespace Strata.Sources.Generation;

/// <summary>
/// Independent seeded sequences, one per concern, so that turning defects on never changes a genuine row and
/// a new customer attribute never reshuffles the sales. System.Random with a seed is a fixed algorithm, and the
/// generator uses only +, -, *, / on doubles (no Exp/Log/Pow, whose last bit may differ between C libraries),
/// so the output is the same on every machine.
/// </summary>
internal static class RandomStreams
{
    public static Random For(int seed, RandomStream stream) => new(Mix(seed, (int)stream));

    // SplitMix64's finaliser: neighbouring seeds and streams give unrelated sequences.
    private static int Mix(int seed, int stream)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)stream) + 0x9E37_79B9_7F4A_7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFF_FFFF);
    }
}

internal enum RandomStream
{
    Calendar = 1,
    Customers = 2,
    Products = 3,
    Prices = 4,
    Sales = 5,
    Returns = 6,
    CustomerDefects = 11,
    ProductDefects = 12,
    SaleDefects = 13,
    ReturnDefects = 14,
}
