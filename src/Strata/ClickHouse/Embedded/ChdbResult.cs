using System.Runtime.InteropServices;

namespace Strata.ClickHouse.Embedded;

/// <summary>Reads one <c>chdb_result*</c>: its error or its bytes. The caller destroys it.</summary>
internal static unsafe class ChdbResult
{
    /// <summary>Throws the result's error as a <see cref="ClickHouseException"/>, destroying the result first.</summary>
    public static nint ThrowIfFailed(nint result)
    {
        if (result == 0)
        {
            throw new ClickHouseException("The embedded ClickHouse returned no result (is its connection closed?).");
        }
        var error = LibChdb.ResultError(result);
        if (error is null)
        {
            return result;
        }
        var text = Marshal.PtrToStringUTF8((nint)error) ?? "unknown error";
        LibChdb.DestroyResult(result);
        throw ClickHouseException.FromText(text);
    }

    public static ReadOnlySpan<byte> Bytes(nint result)
    {
        var buffer = LibChdb.ResultBuffer(result);
        return buffer is null ? default : new ReadOnlySpan<byte>(buffer, checked((int)LibChdb.ResultLength(result)));
    }
}
