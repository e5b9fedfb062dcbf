namespace Strata.ClickHouse.RowBinary;

/// <summary>The start of RowBinaryWithNamesAndTypes output: the column count, then every name, then every type.</summary>
internal sealed record RowBinaryHeader(IReadOnlyList<string> Names, IReadOnlyList<string> Types)
{
    public static RowBinaryHeader Read(RowBinaryReader reader)
    {
        var count = checked((int)reader.ReadVarUInt());
        var names = new string[count];
        var types = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = reader.ReadString();
        }
        for (var i = 0; i < count; i++)
        {
            types[i] = reader.ReadString();
        }
        return new RowBinaryHeader(names, types);
    }

    public ColumnDecoder[] Decoders() => [.. Types.Select(ColumnDecoders.For)];
}
