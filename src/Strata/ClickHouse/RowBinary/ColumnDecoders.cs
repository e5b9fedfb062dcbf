using System.Globalization;
using System.Numerics;

namespace Strata.ClickHouse.RowBinary;

/// <summary>Reads one value of a column from RowBinary output, as the .NET value it stands for.</summary>
internal delegate object? ColumnDecoder(RowBinaryReader reader);

/// <summary>
/// Builds the decoder for a ClickHouse type: integers as their own width (Int64 -> long, Int128 -> Int128),
/// Decimal as decimal, Date/Date32 as DateOnly, DateTime/DateTime64 as UTC DateTime, Nullable as null,
/// LowCardinality as its inner type, Enum as its name, Array as object?[].
/// </summary>
internal static class ColumnDecoders
{
    public static ColumnDecoder For(string type)
    {
        var parsed = ClickHouseTypeName.Parse(type);
        return parsed.Name switch
        {
            "Nullable" => NullableOf(For(parsed.Arguments[0])),
            "LowCardinality" => For(parsed.Arguments[0]),
            "Array" => ArrayOf(For(parsed.Arguments[0])),
            "Nothing" => static _ => null,
            "Bool" => static r => r.Read<byte>() != 0,
            "Int8" => static r => r.Read<sbyte>(),
            "Int16" => static r => r.Read<short>(),
            "Int32" => static r => r.Read<int>(),
            "Int64" => static r => r.Read<long>(),
            "Int128" => static r => r.Read<Int128>(),
            "Int256" => static r => new BigInteger(r.Take(32), isUnsigned: false),
            "UInt8" => static r => r.Read<byte>(),
            "UInt16" => static r => r.Read<ushort>(),
            "UInt32" => static r => r.Read<uint>(),
            "UInt64" => static r => r.Read<ulong>(),
            "UInt128" => static r => r.Read<UInt128>(),
            "UInt256" => static r => new BigInteger(r.Take(32), isUnsigned: true),
            "Float32" => static r => r.Read<float>(),
            "Float64" => static r => r.Read<double>(),
            "String" => static r => r.ReadString(),
            "FixedString" => FixedString(Number(parsed.Arguments[0])),
            "UUID" => static r => Uuid(r.Read<ulong>(), r.Read<ulong>()),
            "Date" => static r => DateOnly.FromDayNumber(Epoch.DayNumber + r.Read<ushort>()),
            "Date32" => static r => DateOnly.FromDayNumber(Epoch.DayNumber + r.Read<int>()),
            "DateTime" => static r => DateTime.UnixEpoch.AddSeconds(r.Read<uint>()),
            "DateTime64" => DateTime64(Number(parsed.Arguments[0])),
            "Decimal" => DecimalOf(Number(parsed.Arguments[0]), Number(parsed.Arguments[1])),
            "Decimal32" => DecimalOf(9, Number(parsed.Arguments[0])),
            "Decimal64" => DecimalOf(18, Number(parsed.Arguments[0])),
            "Decimal128" => DecimalOf(38, Number(parsed.Arguments[0])),
            "Decimal256" => DecimalOf(76, Number(parsed.Arguments[0])),
            "Enum8" => EnumOf(parsed.Arguments, static r => r.Read<sbyte>()),
            "Enum16" => EnumOf(parsed.Arguments, static r => r.Read<short>()),
            _ => throw new ClickHouseException(
                $"Strata does not read ClickHouse {type} values; cast the column in SQL (toString(...)) to return it."),
        };
    }

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    private static ColumnDecoder NullableOf(ColumnDecoder inner) => r => r.Read<byte>() != 0 ? null : inner(r);

    private static ColumnDecoder ArrayOf(ColumnDecoder element) => r =>
    {
        var items = new object?[checked((int)r.ReadVarUInt())];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = element(r);
        }
        return items;
    };

    private static ColumnDecoder FixedString(int width) => r => System.Text.Encoding.UTF8.GetString(r.Take(width));

    /// <summary>Ticks of 10^-precision seconds since the epoch; .NET keeps 100 ns, so precision 8 and 9 round down.</summary>
    private static ColumnDecoder DateTime64(int precision) => precision <= 7
        ? r => DateTime.UnixEpoch.AddTicks(checked(r.Read<long>() * PowerOfTen(7 - precision)))
        : r => DateTime.UnixEpoch.AddTicks(long.DivRem(r.Read<long>(), PowerOfTen(precision - 7)) switch
        {
            (var ticks, < 0) => ticks - 1,
            (var ticks, _) => ticks,
        });

    private static long PowerOfTen(int exponent) => exponent == 0 ? 1 : 10 * PowerOfTen(exponent - 1);

    private static ColumnDecoder DecimalOf(int precision, int scale) => precision switch
    {
        <= 9 => r => ScaledDecimal.From(r.Read<int>(), scale),
        <= 18 => r => ScaledDecimal.From(r.Read<long>(), scale),
        <= 38 => r => ScaledDecimal.From((BigInteger)r.Read<Int128>(), scale),
        _ => r => ScaledDecimal.From(new BigInteger(r.Take(32), isUnsigned: false), scale),
    };

    /// <summary>Enum8('a' = 1, 'b' = 2): each value read as its name.</summary>
    private static ColumnDecoder EnumOf(IReadOnlyList<string> members, Func<RowBinaryReader, long> code)
    {
        var names = members.ToDictionary(
            member => long.Parse(member[(member.LastIndexOf('=') + 1)..], CultureInfo.InvariantCulture),
            member => member[1..member.LastIndexOf('\'')].Replace(@"\'", "'", StringComparison.Ordinal));
        return r => names[code(r)];
    }

    /// <summary>ClickHouse stores a UUID as two little-endian halves, high half first.</summary>
    private static Guid Uuid(ulong high, ulong low) => Guid.ParseExact($"{high:x16}{low:x16}", "N");

    private static int Number(string argument) => int.Parse(argument, CultureInfo.InvariantCulture);
}
