using System.Reflection;
using System.Runtime.InteropServices;
using Strata.Diagnostics;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// Loads libchdb from the configured path (STRATA_LIBCHDB) rather than the system search path, so the
/// version the setup fetched and checksummed is the one that runs. One library per process.
/// </summary>
internal static class LibChdbLoader
{
    private static readonly Lock Gate = new();
    private static string? loadedPath;
    private static nint handle;

    public static void Load(string path)
    {
        lock (Gate)
        {
            var fullPath = Path.GetFullPath(path);
            if (!File.Exists(fullPath))
            {
                throw new StrataException(
                    $"The embedded ClickHouse engine (libchdb) is not at {fullPath}. Run `./strata.sh` once to fetch it, " +
                    "or point STRATA_LIBCHDB at a libchdb.so (26.7).");
            }
            if (loadedPath is not null)
            {
                if (loadedPath != fullPath)
                {
                    throw new StrataException($"libchdb is already loaded from {loadedPath}; this process cannot also load {fullPath}.");
                }
                return;
            }
            handle = NativeLibrary.Load(fullPath);
            // The engine assembly's only native dependency is libchdb; any other name falls back to the default search.
            NativeLibrary.SetDllImportResolver(typeof(LibChdbLoader).Assembly, Resolve);
            loadedPath = fullPath;
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == LibChdb.Name ? handle : 0;
}
