using System.Globalization;
using Cronos;
using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Raw.Ingest;

namespace Strata.Web.Scheduling;

/// <summary>
/// How the scheduler of `strata serve` behaves, from the environment: STRATA_SCHEDULER_CATCHUP, the most missed
/// occurrences per pipeline it runs after downtime (default 7; 1 runs only the latest), and STRATA_DROP_FOLDER, the
/// folder the scheduled ingest loads (default <c>$STRATA_DATA/inbox</c>); STRATA_BACKUP_SCHEDULE, the cron (read in
/// STRATA_TIMEZONE) of the backups `strata serve` takes of every tier into <c>$STRATA_DATA/backups</c> (unset or <c>off</c>:
/// none; the backup needs pg_dump and the disk room, so it is asked for), and STRATA_BACKUP_KEEP, how many finished backups
/// it keeps (default 7).
/// </summary>
public sealed record SchedulerSettings(int CatchUp, string DropFolder, string? BackupCron = null, int BackupKeep = SchedulerSettings.DefaultBackupKeep)
{
    public const int DefaultCatchUp = 7;

    public const int DefaultBackupKeep = 7;

    /// <summary>Where files that loaded are moved, inside the drop folder, so the next ingest does not read them again.</summary>
    public string LoadedFolder => IngestRunner.LoadedFolder(DropFolder);

    public static SchedulerSettings FromEnvironment(Func<string, string?> lookup, StrataSettings settings)
    {
        var catchUp = WholeNumber(lookup, "STRATA_SCHEDULER_CATCHUP", DefaultCatchUp,
            "how many missed occurrences per pipeline the scheduler runs after downtime");
        var dropFolder = lookup("STRATA_DROP_FOLDER") is { Length: > 0 } folder
            ? Path.GetFullPath(folder, settings.DataDirectory)
            : Path.Combine(settings.DataDirectory, "inbox");
        return new SchedulerSettings(catchUp, dropFolder, ReadBackupCron(lookup), WholeNumber(lookup, "STRATA_BACKUP_KEEP", DefaultBackupKeep,
            "how many finished backups the scheduled backup keeps"));
    }

    private static string? ReadBackupCron(Func<string, string?> lookup)
    {
        var cron = lookup("STRATA_BACKUP_SCHEDULE")?.Trim();
        if (string.IsNullOrEmpty(cron) || cron == "off")
        {
            return null;
        }
        try
        {
            CronExpression.Parse(cron);
            return cron;
        }
        catch (CronFormatException wrong)
        {
            throw new StrataException($"STRATA_BACKUP_SCHEDULE is when `strata serve` takes a backup: a five-field cron expression read in "
                + $"STRATA_TIMEZONE (\"0 4 * * *\" is 04:00 every day) or off, not '{cron}' ({wrong.Message}).");
        }
    }

    private static int WholeNumber(Func<string, string?> lookup, string variable, int fallback, string meaning)
    {
        if (lookup(variable) is not { Length: > 0 } text)
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw new StrataException($"{variable} is {meaning}: a whole number of at least 1, not '{text}'.");
    }
}
