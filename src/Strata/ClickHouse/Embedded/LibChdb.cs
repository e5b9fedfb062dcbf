using System.Runtime.InteropServices;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// The libchdb C API (chdb.h of chDB 26.7), declared exactly as exported. Handles are opaque pointers:
/// chdb_connect returns a <c>chdb_connection*</c>; queries take the <c>chdb_connection</c> it points to;
/// every <c>chdb_result*</c> must be destroyed once. Loaded from the path <see cref="LibChdbLoader"/> resolves.
/// </summary>
internal static unsafe partial class LibChdb
{
    public const string Name = "chdb";

    [LibraryImport(Name, EntryPoint = "chdb_connect")]
    public static partial nint Connect(int argc, byte** argv);

    [LibraryImport(Name, EntryPoint = "chdb_close_conn")]
    public static partial void CloseConnection(nint connectionSlot);

    [LibraryImport(Name, EntryPoint = "chdb_shutdown")]
    public static partial int Shutdown();

    [LibraryImport(Name, EntryPoint = "chdb_set_signal_handlers_enabled")]
    public static partial void SetSignalHandlersEnabled(int enabled);

    [LibraryImport(Name, EntryPoint = "chdb_query_with_params_n")]
    public static partial nint QueryWithParams(
        nint connection, byte* query, nuint queryLength, byte* format, nuint formatLength,
        byte** names, nuint* nameLengths, byte** values, nuint* valueLengths, nuint count);

    [LibraryImport(Name, EntryPoint = "chdb_stream_query_with_params_n")]
    public static partial nint StreamQueryWithParams(
        nint connection, byte* query, nuint queryLength, byte* format, nuint formatLength,
        byte** names, nuint* nameLengths, byte** values, nuint* valueLengths, nuint count);

    [LibraryImport(Name, EntryPoint = "chdb_stream_fetch_result")]
    public static partial nint StreamFetch(nint connection, nint stream);

    [LibraryImport(Name, EntryPoint = "chdb_stream_cancel_query")]
    public static partial void StreamCancel(nint connection, nint stream);

    [LibraryImport(Name, EntryPoint = "chdb_stream_insert_n")]
    public static partial nint StreamInsert(nint connection, byte* query, nuint queryLength, byte* format, nuint formatLength);

    [LibraryImport(Name, EntryPoint = "chdb_stream_append")]
    public static partial int StreamAppend(nint insert, byte* data, nuint length);

    [LibraryImport(Name, EntryPoint = "chdb_stream_done")]
    public static partial nint StreamDone(nint insert);

    [LibraryImport(Name, EntryPoint = "chdb_stream_insert_error")]
    public static partial byte* StreamInsertError(nint insert);

    [LibraryImport(Name, EntryPoint = "chdb_destroy_insert_stream")]
    public static partial void DestroyInsertStream(nint insert);

    [LibraryImport(Name, EntryPoint = "chdb_destroy_query_result")]
    public static partial void DestroyResult(nint result);

    [LibraryImport(Name, EntryPoint = "chdb_result_buffer")]
    public static partial byte* ResultBuffer(nint result);

    [LibraryImport(Name, EntryPoint = "chdb_result_length")]
    public static partial nuint ResultLength(nint result);

    [LibraryImport(Name, EntryPoint = "chdb_result_error")]
    public static partial byte* ResultError(nint result);
}
