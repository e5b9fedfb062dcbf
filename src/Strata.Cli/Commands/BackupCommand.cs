using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Backups;
using Strata.Cli.Hosting;
using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Cli.Commands;

/// <summary>`strata backup create|verify|restore`: backups of the three tiers with a manifest, restored to be believed.</summary>
internal static class BackupCommand
{
    public static Command Create(CommandRunner runner) =>
        new("backup", "Back the tiers up (pg_dump, ClickHouse BACKUP) with a manifest of row counts and checksums; verify by restoring; restore.")
        {
            CreateCommand(runner), VerifyCommand(runner), RestoreCommand(runner),
        };

    private static Option<string> TierOption(string description)
    {
        var tier = new Option<string>("--tier") { Description = description, DefaultValueFactory = _ => "all" };
        tier.AcceptOnlyFromAmong([.. BackupTiers.Names, "all"]);
        return tier;
    }

    private static Command CreateCommand(CommandRunner runner)
    {
        var output = new Option<string?>("--out") { Description = "The folder backups go under, one subfolder each (default: $STRATA_DATA/backups)." };
        var tier = TierOption("Which tier: raw, clickhouse, archive or all.");
        var keep = CliOptions.PositiveCount("--keep", "Afterwards, keep only the newest N finished backups under the folder.");
        var command = new Command("create", "Take a backup of the tiers, with a manifest of every table's rows and checksum (per month where partitioned).")
        {
            output, tier, keep,
        };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, async (context, ct) =>
        {
            await using var stores = new BackupStores(context.Settings);
            await using var raw = new PostgresDatabase(context.Settings.Raw);
            var root = Path.GetFullPath(parsed.GetValue(output) ?? BackupCreator.DefaultRoot(context.Settings), context.Settings.DataDirectory);
            var options = new RunOptions { Observer = PipelineObservers.Create(context, raw) };
            var run = await new BackupRunner(context.Settings, stores, context.LoggerFactory.CreateLogger("Strata.Backups"))
                .RunAsync(root, BackupTiers.Parse(parsed.GetValue(tier)!), parsed.GetValue(keep), options, ct);
            return run.Manifest is { } manifest
                ? new CreateSummary(manifest.Backup, run.RunId, manifest.Tiers)
                : throw new Diagnostics.StrataException($"The backup failed and was not kept: {run.Error} (`strata runs show {run.RunId}`).");
        }, RenderCreate, cancellationToken));
        return command;
    }

    private static Command VerifyCommand(CommandRunner runner)
    {
        var folder = new Argument<string>("dir") { Description = "The backup's folder (as `strata backup create` printed it)." };
        var command = new Command("verify",
            "Restore a backup into scratch databases and compare every table's rows and checksum with its manifest; exit 1 on any mismatch.") { folder };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, async (context, ct) =>
        {
            await using var stores = new BackupStores(context.Settings);
            return new VerifySummary(await new BackupVerifier(stores).VerifyAsync(parsed.GetValue(folder)!, ct));
        }, RenderVerify, cancellationToken));
        return command;
    }

    private static Command RestoreCommand(CommandRunner runner)
    {
        var folder = new Argument<string>("dir") { Description = "The backup's folder." };
        var tier = TierOption("Which tier to put back: raw, clickhouse, archive or all (every tier the backup holds).");
        var command = new Command("restore", "Put tiers back as a backup holds them (what they hold now is replaced); see the runbook first.")
        {
            folder, tier,
        };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, async (context, ct) =>
        {
            await using var stores = new BackupStores(context.Settings);
            await using var raw = new PostgresDatabase(context.Settings.Raw);
            return await new BackupRestorer(stores, raw).RestoreAsync(parsed.GetValue(folder)!, BackupTiers.Parse(parsed.GetValue(tier)!), ct);
        }, RenderRestore, cancellationToken));
        return command;
    }

    private static void RenderCreate(CreateSummary summary, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("tier", "tables", "rows", "MB", "seconds");
        foreach (var tier in summary.Tiers)
        {
            table.AddRow(tier.Tier, tier.Tables.Count.ToString("N0", CultureInfo.InvariantCulture),
                tier.Tables.Sum(t => t.Rows).ToString("N0", CultureInfo.InvariantCulture),
                (tier.Bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture), tier.Seconds.ToString("F1", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.WriteLine($"Backup written to {summary.Backup}; prove it restores: strata backup verify {summary.Backup}");
    }

    private static void RenderVerify(VerifySummary summary, IAnsiConsole console)
    {
        foreach (var mismatch in summary.Mismatches)
        {
            console.WriteLine(mismatch);
        }
        console.WriteLine(summary.Verified
            ? $"Verified: every table of {summary.Backup} restored with the rows and checksum its manifest records."
            : $"NOT verified: {summary.Mismatches.Count} mismatch(es); this backup cannot be trusted (see the runbook, \"Restore after losing a tier\").");
    }

    private static void RenderRestore(BackupRestore summary, IAnsiConsole console)
    {
        console.WriteLine($"Restored {string.Join(", ", summary.Tiers)} from {summary.Backup}.");
        foreach (var redo in summary.Redo)
        {
            console.WriteLine($"Archived after the backup, to redo: {redo}");
        }
    }

    /// <summary>
    /// What `strata backup create` prints: {"backup": DIR, "run_id": the run in the history (pipeline backup),
    /// "tiers": [{"tier", "tables": [{"name", "rows", "checksum"}], "bytes", "seconds"}]}.
    /// </summary>
    private sealed record CreateSummary(string Backup, Guid RunId, IReadOnlyList<TierBackup> Tiers);

    /// <summary>What `strata backup verify` prints: {"verified": bool, "mismatches": [...]}; a mismatch fails the command.</summary>
    private sealed record VerifySummary(string Backup, bool Verified, IReadOnlyList<string> Mismatches) : IOutcome
    {
        public VerifySummary(BackupVerification verification)
            : this(verification.Backup, verification.Verified, verification.Mismatches)
        {
        }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool Succeeded => Verified;
    }
}
