using System.Runtime.InteropServices;

namespace Strata.ClickHouse.Embedded;

/// <summary>The calls on a libchdb insert stream (<see cref="ChdbConnection.StartInsert"/>): append, finish, destroy.</summary>
internal static unsafe class ChdbInsertStream
{
    public static void Append(nint insert, ReadOnlySpan<byte> data)
    {
        fixed (byte* bytes = data)
        {
            if (LibChdb.StreamAppend(insert, bytes, (nuint)data.Length) != 0)
            {
                ThrowIfFailed(insert);
                throw new ClickHouseException("The embedded ClickHouse refused more rows for the insert.");
            }
        }
    }

    /// <summary>Ends the insert's input and commits what is left.</summary>
    public static void Finish(nint insert) => LibChdb.DestroyResult(ChdbResult.ThrowIfFailed(LibChdb.StreamDone(insert)));

    /// <summary>Releases an insert stream, cancelling it first when it was not finished.</summary>
    public static void Destroy(nint insert) => LibChdb.DestroyInsertStream(insert);

    public static void ThrowIfFailed(nint insert)
    {
        var error = LibChdb.StreamInsertError(insert);
        if (error is not null)
        {
            throw ClickHouseException.FromText(Marshal.PtrToStringUTF8((nint)error) ?? "unknown error");
        }
    }
}
