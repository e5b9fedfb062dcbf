using System.Buffers;

namespace Strata.ClickHouse.RowBinary;

/// <summary>
/// One chunk of a streamed RowBinaryWithNamesAndTypes result, copied out of libchdb into a pooled buffer.
/// libchdb formats every chunk on its own, so each starts with the header again and holds whole rows.
/// </summary>
internal sealed class RowBinaryChunk : IDisposable
{
    private readonly byte[] buffer;
    private readonly RowBinaryReader reader;

    public RowBinaryChunk(ReadOnlySpan<byte> bytes)
    {
        buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(buffer);
        reader = new RowBinaryReader(buffer, bytes.Length);
        Header = RowBinaryHeader.Read(reader);
    }

    public RowBinaryHeader Header { get; }

    public bool TryReadRow(ColumnDecoder[] decoders, out object?[] row)
    {
        row = [];
        if (reader.AtEnd)
        {
            return false;
        }
        row = new object?[decoders.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = decoders[i](reader);
        }
        return true;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
}
