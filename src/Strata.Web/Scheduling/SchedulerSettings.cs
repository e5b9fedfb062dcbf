using System.Globalization;
using Strata.Configuration;
using Strata.Diagnostics;

namespace Strata.Web.Scheduling;

/// <summary>
/// How the scheduler of `strata serve` behaves, from the environment: STRATA_SCHEDULER_CATCHUP, the most missed
/// occurrences per pipeline it runs after downtime (default 7; 1 runs only the latest), and STRATA_DROP_FOLDER, the
/// folder the scheduled ingest loads (default <c>$STRATA_DATA/inbox</c>).
/// </summary>
public sealed record SchedulerSettings(int CatchUp, string DropFolder)
{
    public const int DefaultCatchUp = 7;

    /// <summary>Where files that loaded are moved, inside the drop folder, so the next ingest does not read them again.</summary>
    public string LoadedFolder => Path.Combine(DropFolder, "loaded");

    public static SchedulerSettings FromEnvironment(Func<string, string?> lookup, StrataSettings settings)
    {
        var catchUp = DefaultCatchUp;
        if (lookup("STRATA_SCHEDULER_CATCHUP") is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out catchUp) || catchUp < 1))
        {
            throw new StrataException($"STRATA_SCHEDULER_CATCHUP is how many missed occurrences per pipeline the scheduler runs after downtime: "
                + $"a whole number of at least 1, not '{text}'.");
        }
        var dropFolder = lookup("STRATA_DROP_FOLDER") is { Length: > 0 } folder
            ? Path.GetFullPath(folder, settings.DataDirectory)
            : Path.Combine(settings.DataDirectory, "inbox");
        return new SchedulerSettings(catchUp, dropFolder);
    }
}
