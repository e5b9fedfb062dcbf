using System.Runtime.InteropServices;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// Sets variables in the process's native environment, where libchdb's bundled libpq reads them.
/// (Environment.SetEnvironmentVariable only changes .NET's own copy on Unix.)
/// </summary>
internal static partial class NativeEnvironment
{
    public static void Set(string name, string value)
    {
        if (SetEnv(name, value, overwrite: 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
