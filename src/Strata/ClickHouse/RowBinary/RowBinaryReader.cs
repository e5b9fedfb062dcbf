using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Strata.ClickHouse.RowBinary;

/// <summary>
/// A cursor over one chunk of ClickHouse RowBinary output (little-endian fixed-width values, LEB128 lengths),
/// read where libchdb left it in native memory: no copy, and nothing on the managed heap but the values.
/// The owner keeps the memory alive while the reader is used.
/// </summary>
internal sealed unsafe class RowBinaryReader(byte* data, int length)
{
    private int position;

    public bool AtEnd => position >= length;

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || length - position < count)
        {
            throw new ClickHouseException($"RowBinary output ended inside a value (needed {count} bytes at {position} of {length}).");
        }
        var span = new ReadOnlySpan<byte>(data + position, count);
        position += count;
        return span;
    }

    public T Read<T>() where T : unmanaged => MemoryMarshal.Read<T>(Take(Unsafe.SizeOf<T>()));

    public ulong ReadVarUInt()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var next = Take(1)[0];
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
        throw new ClickHouseException("RowBinary output holds a malformed length.");
    }

    public string ReadString() => Encoding.UTF8.GetString(Take(checked((int)ReadVarUInt())));
}
