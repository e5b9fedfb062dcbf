using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Monitoring.Status;
using Strata.Postgres;

namespace Strata.Cli.Commands;

/// <summary>`strata status`: one screen for the person on call. Exit 1 only when a tier cannot be reached (a health check's question).</summary>
internal static class StatusCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("status",
            "Each tier's newest data and its age, each pipeline's last run, the watermark, the last archived month, the last backup, failing checks, "
            + "and what to do next; "
            + "exit 1 when a tier cannot be reached.");
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, async (context, ct) =>
        {
            await using var raw = new PostgresDatabase(context.Settings.Raw);
            return new StatusOutcome(await new StatusReader(context.Settings, raw).ReadAsync(DateTime.UtcNow, ct));
        }, Render, cancellationToken));
        return command;
    }

    private static void Render(StatusOutcome status, IAnsiConsole console)
    {
        var report = status;
        console.WriteLine($"Strata status at {Time(report.At)}: {report.Status.ToUpperInvariant()}");
        var tiers = new Table().Border(TableBorder.Rounded).AddColumns("tier", "newest sale", "age", "problem");
        foreach (var tier in report.Tiers)
        {
            tiers.AddRow(tier.Tier, tier.NewestSale is { } sale ? Time(sale) : "no data yet",
                tier.AgeHours is { } hours ? $"{hours.ToString("0.#", CultureInfo.InvariantCulture)} h" : "", Markup.Escape(tier.Error ?? ""));
        }
        console.Write(tiers);
        var pipelines = new Table().Border(TableBorder.Rounded).AddColumns("pipeline", "last run", "partition", "status", "started", "seconds", "last success");
        foreach (var pipeline in report.Pipelines)
        {
            var run = pipeline.LastRun;
            pipelines.AddRow(pipeline.Pipeline, run?.RunId.ToString() ?? "never", Markup.Escape(run?.Partition ?? ""), run?.Status ?? "",
                run is null ? "" : Time(run.StartedAt), run?.DurationS?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
                pipeline.LastSuccessAt is { } success ? Time(success) : "never");
        }
        console.Write(pipelines);
        console.WriteLine($"Daily watermark: {(report.Watermark is { } mark
            ? Time(mark) : "none yet")}; last archived month: {report.LastArchivedMonth ?? "none yet"}.");
        console.WriteLine(report.Backup switch
        {
            { Error: { } error } => $"Backups: cannot be read ({error}).",
            { LastSuccessAt: { } at, AgeHours: { } age } =>
                $"Last backup: {Time(at)} ({age.ToString("0.#", CultureInfo.InvariantCulture)} h ago), {report.Backup.Folder}.",
            _ => "Last backup: none yet (strata backup create, or STRATA_BACKUP_SCHEDULE for `strata serve`).",
        });
        if (report.Checks.Count > 0)
        {
            CheckLines(report.Checks, console);
        }
        console.WriteLine(report.NextSteps.Count == 0 ? "Nothing needs doing." : "What to do next:");
        foreach (var step in report.NextSteps)
        {
            console.WriteLine($"  - {step}");
        }
    }

    private static void CheckLines(IReadOnlyList<CheckState> checks, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("failing check", "pipeline", "severity", "observed", "expected", "run");
        foreach (var check in checks)
        {
            table.AddRow(Markup.Escape(check.Name), check.Pipeline, check.Severity, Markup.Escape(check.Observed), Markup.Escape(check.Expected),
                check.RunId.ToString());
        }
        console.Write(table);
    }

    private static string Time(DateTime instant) => instant.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>The report as `strata status` prints it: exit 1 when a tier cannot be reached.</summary>
    private sealed record StatusOutcome : StatusReport, IOutcome
    {
        public StatusOutcome(StatusReport report) : base(report)
        {
        }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool Succeeded => Status != Unhealthy;
    }
}
