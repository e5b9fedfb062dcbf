using Strata.ClickHouse.RowBinary;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// One chunk of RowBinaryWithNamesAndTypes output, read in place from the libchdb result that holds it and
/// destroyed with it. libchdb formats every streamed chunk on its own, so each starts with the header again
/// and holds whole rows.
/// </summary>
internal sealed unsafe class ChdbChunk : IDisposable
{
    private nint result;
    private readonly RowBinaryReader reader;

    public ChdbChunk(nint result)
    {
        this.result = result;
        var bytes = ChdbResult.Bytes(result);
        fixed (byte* data = bytes)
        {
            // The bytes live in libchdb's memory, not on the managed heap: the pointer stays valid after `fixed`.
            reader = new RowBinaryReader(data, bytes.Length);
        }
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

    public void Dispose()
    {
        var owned = Interlocked.Exchange(ref result, 0);
        if (owned != 0)
        {
            LibChdb.DestroyResult(owned);
        }
    }
}
