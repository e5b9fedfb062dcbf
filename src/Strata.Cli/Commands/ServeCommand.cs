using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Spectre.Console;
using Strata.ClickHouse;
using Strata.Cli.Hosting;
using Strata.Cli.Serving;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Web;
using Strata.Web.Scheduling;

namespace Strata.Cli.Commands;

/// <summary>
/// `strata serve [--host H] [--port P] [--no-scheduler]`: the long-running process that owns the embedded store, runs
/// the pipelines on their schedules and carries out the other commands for their callers; `--scheduler-once [--now T]`
/// runs what is due at T (with catch-up) and exits, for tests, demos and an external cron.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(CommandRunner runner)
    {
        var host = new Option<IPAddress>("--host")
        {
            Description = $"The address to listen on (default {ServerOptions.DefaultHost}); any address but loopback needs {ServerOptions.TokenVariable}.",
            DefaultValueFactory = _ => IPAddress.Loopback,
            CustomParser = result => ServerOptions.ParseHost(Token(result)) is { } address ? address : Refuse<IPAddress>(result,
                $"--host expects an IP address (127.0.0.1, 0.0.0.0, ::) or localhost, not '{Token(result)}'.", IPAddress.Loopback),
        };
        var port = new Option<int>("--port")
        {
            Description = $"The port to listen on (default {ServerOptions.DefaultPort}; 0 lets the system choose, the lease file says which).",
            DefaultValueFactory = _ => ServerOptions.DefaultPort,
            CustomParser = result =>
                int.TryParse(Token(result), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= IPEndPoint.MaxPort
                ? number
                : Refuse(result, $"--port expects a port number from 0 to {IPEndPoint.MaxPort}, not '{Token(result)}'.", 0),
        };
        var noScheduler = new Option<bool>("--no-scheduler") { Description = "Serve the API only; run no pipeline on its schedule." };
        var once = new Option<bool>("--scheduler-once")
        {
            Description = "Run what is due at --now (missed occurrences included, up to STRATA_SCHEDULER_CATCHUP per pipeline) and exit: "
                + "0 when every run succeeded, 1 otherwise. Opens no API.",
        };
        var now = new Option<DateTimeOffset?>("--now")
        {
            Description = "With --scheduler-once: the instant to schedule at, ISO 8601 with its offset (2024-03-05T02:30:00Z); default: now.",
            CustomParser = result => Instant(Token(result)) ?? Refuse<DateTimeOffset?>(result,
                $"--now expects an ISO 8601 instant with its offset, like 2024-03-05T02:30:00Z, not '{Token(result)}'.", null),
        };
        var command = new Command(Name,
            "Run the server that owns the embedded ClickHouse store: the scheduler (every pipeline on its cron, catching up after downtime), "
            + "a local API that carries out the other commands (run, query, ... go through it while it runs), /health and /metrics (Prometheus). "
            + "Stops on SIGTERM or Ctrl+C after the step in hand.")
        {
            host, port, noScheduler, once, now,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(now) is not null && result.GetResult(once) is null)
            {
                result.AddError("--now goes with --scheduler-once.");
            }
            if (result.GetResult(noScheduler) is not null && result.GetResult(once) is not null)
            {
                result.AddError("--no-scheduler and --scheduler-once contradict each other: choose one.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(once))
            {
                return await OnceAsync(runner, parsed, parsed.GetValue(now) ?? DateTimeOffset.UtcNow, cancellationToken);
            }
            var token = runner.Environment.Variable(ServerOptions.TokenVariable) is { Length: > 0 } secret ? secret : null;
            var options = new ServerOptions(parsed.GetValue(host)!, parsed.GetValue(port), token, !parsed.GetValue(noScheduler));
            if (options.Problem is { } problem)
            {
                return await runner.UsageErrorAsync(parsed, [problem], "strata serve --help");
            }
            return await runner.RunAsync(parsed, (context, ct) => StrataServer.RunAsync(new ServerSetup(
                    options, context.Settings, SchedulerSettings.FromEnvironment(runner.Environment.Variable, context.Settings), context.LoggerFactory,
                    CommandsInServer.ExecuteAsync, raw => PipelineObservers.Create(context, raw), PipelineObservers.Metrics), ct),
                RenderStopped, cancellationToken);
        });
        return command;
    }

    /// <summary>One scheduler pass at <paramref name="now"/>; SIGTERM or Ctrl+C abandons the run in hand (exit 1, "cancelled").</summary>
    private static async Task<int> OnceAsync(CommandRunner runner, ParseResult parsed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
        return await runner.RunAsync(parsed, async (context, ct) =>
        {
            // Take the embedded store first, so a store someone else holds is one clear failure, not one per run.
            if (ServerLease.StoreDirectory(context.Settings) is not null)
            {
                await using var store = await ClickHouseEngines.OpenAsync(context.Settings, ct);
            }
            await using var raw = new PostgresDatabase(context.Settings.Raw);
            var scheduler = Scheduler.Create(context.Settings, SchedulerSettings.FromEnvironment(runner.Environment.Variable, context.Settings), raw,
                database => PipelineObservers.Create(context, database), context.LoggerFactory);
            var pass = await scheduler.RunDueAsync(now.ToUniversalTime(), ct);
            return new PassSummary(pass.Succeeded ? PipelineStatus.Succeeded : PipelineStatus.Failed, pass.Now, pass.Runs, pass.Skipped);
        }, RenderPass, stop.Token);
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }

    private static string Token(System.CommandLine.Parsing.ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : "";

    private static T Refuse<T>(System.CommandLine.Parsing.ArgumentResult result, string problem, T placeholder)
    {
        result.AddError(problem);
        return placeholder;
    }

    /// <summary>An instant: ISO 8601 that says its offset (a time without one could be any of 24 instants).</summary>
    private static DateTimeOffset? Instant(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written) && written.Kind != DateTimeKind.Unspecified
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.ToUniversalTime()
            : null;

    private static void RenderPass(PassSummary summary, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("pipeline", "scheduled for", "partition", "status", "run", "error");
        foreach (var run in summary.Runs)
        {
            table.AddRow(run.Pipeline, Time(run.ScheduledFor), run.Partition, run.Status, run.RunId?.ToString() ?? "", Markup.Escape(run.Error ?? ""));
        }
        console.Write(table);
        foreach (var skipped in summary.Skipped)
        {
            console.WriteLine($"skipped {skipped.Pipeline} {Time(skipped.ScheduledFor)}: {skipped.Reason}");
        }
        console.WriteLine($"Scheduler pass at {Time(summary.Now)}: {summary.Runs.Count} run(s), "
            + $"{summary.Runs.Count(run => run.Status != PipelineStatus.Succeeded)} not succeeded, {summary.Skipped.Count} skipped.");
    }

    private static void RenderStopped(ServerStopped stopped, IAnsiConsole console) =>
        console.WriteLine($"strata serve stopped; it listened on {stopped.Url} from {Time(stopped.StartedAt)} to {Time(stopped.StoppedAt)}.");

    private static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>What `strata serve --scheduler-once` did: the runs it started, in order, and the occurrences it left; fails when a run did.</summary>
    private sealed record PassSummary(string Status, DateTimeOffset Now, IReadOnlyList<ScheduledRun> Runs, IReadOnlyList<SkippedOccurrence> Skipped)
        : IOutcome
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public bool Succeeded => Status == PipelineStatus.Succeeded;
    }
}
