using System.Numerics;

namespace Strata.ClickHouse.RowBinary;

/// <summary>Turns ClickHouse's unscaled decimal integers into exact .NET decimals (96-bit mantissa, scale up to 28).</summary>
internal static class ScaledDecimal
{
    private static readonly BigInteger Limit = (BigInteger.One << 96) - 1;

    /// <summary>Decimal32 and Decimal64: at most 18 digits, so the magnitude always fits and the BigInteger path is not needed.</summary>
    public static decimal From(long unscaled, int scale)
    {
        var magnitude = (ulong)Math.Abs(unscaled);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, unscaled < 0, (byte)scale);
    }

    public static decimal From(BigInteger unscaled, int scale)
    {
        if (BigInteger.Abs(unscaled) > Limit || scale > 28)
        {
            throw new ClickHouseException(
                $"A ClickHouse decimal ({unscaled} at scale {scale}) does not fit .NET decimal; cast it to a narrower Decimal or to String.");
        }
        var magnitude = (UInt128)BigInteger.Abs(unscaled);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), unscaled.Sign < 0, (byte)scale);
    }
}
