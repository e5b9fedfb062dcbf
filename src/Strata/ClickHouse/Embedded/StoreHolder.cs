using System.Globalization;
using Strata.Diagnostics;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// Who has the embedded store open, in <c>strata-holder.json</c> beside its data: libchdb admits one process per data
/// directory and refuses the next without saying who is in the way, so the process that opens the store writes this
/// note (pid, command line, since when) and removes it at exit, and a refused process names the holder from it.
/// </summary>
public sealed record StoreHolder(int Pid, string Command, DateTimeOffset StartedAt, string Host) : IProcessNote
{
    public const string FileName = "strata-holder.json";

    /// <summary>Records this process, as a person would recognise it ("strata serve --port 8080"), as the holder of the store.</summary>
    public static void Claim(string directory) => NoteFile.Write(Path.Combine(directory, FileName), new StoreHolder(
        Environment.ProcessId,
        string.Join(' ', [Path.GetFileNameWithoutExtension(Environment.ProcessPath) ?? "strata", .. Environment.GetCommandLineArgs().Skip(1)]),
        DateTimeOffset.UtcNow,
        Environment.MachineName));

    public static void Release(string directory) => NoteFile.RemoveOwn<StoreHolder>(Path.Combine(directory, FileName));

    /// <summary>
    /// Whether another process holds the store's lock (ClickHouse's exclusive flock on its <c>status</c> file). Asked before
    /// libchdb is, which would print its own refusal straight onto stderr next to ours.
    /// </summary>
    public static bool IsLocked(string directory)
    {
        try
        {
            // .NET takes an exclusive flock for FileShare.None, the lock ClickHouse holds: this fails while it does.
            using var probe = new FileStream(Path.Combine(directory, "status"), FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>The failure of a process the store was refused to: who holds it and what to do, or libchdb's own reason.</summary>
    public static StrataException Refusal(string directory, Exception? refused = null)
    {
        if (NoteFile.ReadLive<StoreHolder>(Path.Combine(directory, FileName)) is not { } holder)
        {
            return new StrataException(
                $"The embedded ClickHouse store at {directory} could not be opened: another process may hold it (none recorded itself in "
                + $"{FileName}), or the directory is not usable. {refused?.Message}".TrimEnd());
        }
        var since = holder.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new StrataException(
            $"The embedded ClickHouse store at {directory} is in use by another process: pid {holder.Pid} ({holder.Command}), since {since}. "
            + "Only one process at a time can open it: wait for that one to finish, or stop it. To run commands while a long-running process "
            + "holds the store, let `strata serve` hold it: commands then go through the server.");
    }
}
