using System.Globalization;
using Strata.Pipeline;

namespace Strata.Monitoring.Status;

/// <summary>What to do next, in the runbook's words, for each thing `strata status` finds wrong (nothing when all is well).</summary>
internal static class NextSteps
{
    /// <summary>How old the newest successful daily run may be before the data is stale (the DataStale alert's threshold).</summary>
    public static readonly TimeSpan DailyStaleAfter = TimeSpan.FromHours(26);

    /// <summary>How old the newest finished backup may be before it is missing (the StrataBackupMissing alert's threshold).</summary>
    public static readonly TimeSpan BackupStaleAfter = TimeSpan.FromHours(26);

    public static IReadOnlyList<string> For(
        IReadOnlyList<TierState> tiers, IReadOnlyList<PipelineState> pipelines, IReadOnlyList<CheckState> failing, DateOnly? archivedMonth, DateTime now)
    {
        var steps = new List<string>();
        foreach (var tier in tiers.Where(tier => tier.Error is not null))
        {
            steps.Add($"{tier.Tier} cannot be reached ({tier.Error}): check STRATA_{tier.Tier.ToUpperInvariant()} and that the server runs.");
        }
        foreach (var pipeline in pipelines.Where(p => p.LastRun?.Status == PipelineStatus.Failed))
        {
            steps.Add($"{pipeline.Pipeline} {pipeline.LastRun!.Partition} failed: `strata runs show {pipeline.LastRun.RunId}` names the step and the error; "
                + "fix the cause and run it again (docs/runbook.md, \"When something failed\").");
        }
        if (pipelines.FirstOrDefault(p => p.Pipeline == "daily") is { } daily && (daily.LastSuccessAt is null || now - daily.LastSuccessAt > DailyStaleAfter))
        {
            steps.Add(daily.LastSuccessAt is null
                ? "No daily run has succeeded yet: `strata run daily --date YYYY-MM-DD`, or start `strata serve` to run it on its schedule."
                : $"No daily run has succeeded for {(now - daily.LastSuccessAt.Value).TotalHours:0} h: is `strata serve` (or the orchestrator) running? "
                    + "Load the missing days with `strata backfill --pipeline daily --from A --to B`.");
        }
        foreach (var check in failing)
        {
            steps.Add($"{check.Severity} check {check.Name} ({check.Pipeline}) failed: observed {check.Observed}, expected {check.Expected}; "
                + $"`strata runs show {check.RunId}`, and the check's row in docs/runbook.md (\"Data-quality checks\").");
        }
        // After the 2nd (the monthly run's day and a day's grace), a month the warehouse holds should be in the archive.
        var lastMonth = new DateOnly(now.Year, now.Month, 1).AddMonths(-1);
        var warehouseHasIt = tiers.Any(tier => tier.Tier == "clickhouse" && tier.NewestSale >= lastMonth.ToDateTime(TimeOnly.MinValue));
        if (now.Day > 2 && warehouseHasIt && (archivedMonth is null || archivedMonth < lastMonth))
        {
            steps.Add($"{lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)} is not archived yet: "
                + $"`strata run monthly --month {lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}`.");
        }
        return steps;
    }

    /// <summary>
    /// A backup folder that cannot be read, or a newest backup older than a day and its grace. Before the first backup
    /// nothing is said here (backups may be taken another way); the metric's 0 lets the alert say it.
    /// </summary>
    public static IEnumerable<string> ForBackup(BackupState backup, DateTime now)
    {
        if (backup.Error is { } error)
        {
            yield return $"The backups cannot be read ({error}): check $STRATA_DATA/backups; `strata backup verify DIR` tells whether a backup is sound.";
        }
        else if (backup.LastSuccessAt is { } at && now - at > BackupStaleAfter)
        {
            yield return $"The newest backup is {(now - at).TotalHours:0} h old: is STRATA_BACKUP_SCHEDULE set and `strata serve` running? "
                + "`strata runs list --pipeline backup` shows the attempts; take one now with `strata backup create --keep 7`.";
        }
    }
}
