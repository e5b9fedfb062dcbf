using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Strata.Cli.Pipes;
using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Pipeline;

namespace Strata.Cli.Hosting;

/// <summary>
/// Runs a command's work the same way for every command: settings from the environment, logs to stderr,
/// progress bars only on a terminal, the summary as one JSON object with --json or as text otherwise,
/// and a failure as one clear message with exit code 1.
/// </summary>
public sealed class CommandRunner(CliEnvironment environment)
{
    public static readonly Option<bool> JsonOption = new("--json")
    {
        Description = "Print the command's summary as one JSON object on stdout; logs go to stderr.",
        Recursive = true,
    };

    public static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Log debug detail (and stack traces of unexpected errors) to stderr.",
        Recursive = true,
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Messages and values read as written ('x', é, <), still valid JSON; nothing here is embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public CliEnvironment Environment => environment;

    public async Task<int> RunAsync<TSummary>(
        ParseResult parsed,
        Func<CommandContext, CancellationToken, Task<TSummary>> work,
        Action<TSummary, IAnsiConsole> render,
        CancellationToken cancellationToken)
    {
        var json = parsed.GetValue(JsonOption);
        PipesSession? pipes;
        try
        {
            pipes = PipesSession.Open(environment.Variable, environment.Out, environment.Error);
        }
        catch (StrataException failure)
        {
            return await FailAsync(json, failure.Message, StrataCli.Failed);
        }
        var exitCode = await RunAsync(parsed, json, pipes, work, render, cancellationToken);
        pipes?.Close(exitCode);
        return exitCode;
    }

    private async Task<int> RunAsync<TSummary>(
        ParseResult parsed,
        bool json,
        PipesSession? pipes,
        Func<CommandContext, CancellationToken, Task<TSummary>> work,
        Action<TSummary, IAnsiConsole> render,
        CancellationToken cancellationToken)
    {
        var verbose = parsed.GetValue(VerboseOption);
        using var loggerFactory = CliLogging.Create(verbose, parsed.GetValue(CliLogging.FormatOption), environment, pipes);
        var console = CreateConsole(environment.Out, interactive: false, environment.TerminalWidth);
        try
        {
            var context = new CommandContext(
                StrataSettings.FromEnvironment(environment.Variable, environment.WorkingDirectory),
                loggerFactory,
                new ProgressReporter(environment, enabled: environment.Interactive && !json),
                console)
            {
                Pipes = pipes,
                Variable = environment.Variable,
            };
            var summary = await work(context, cancellationToken);
            if (summary is ISelfWritten)
            {
                // The command streamed its own output (a query result); nothing more belongs on stdout.
            }
            else if (json)
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(summary, JsonOptions));
            }
            else
            {
                render(summary, console);
            }
            return summary is IOutcome { Succeeded: false } ? StrataCli.Failed : StrataCli.Succeeded;
        }
        catch (StrataException failure)
        {
            pipes?.Fail(PipesException.From(failure));
            return await FailAsync(json, failure.Message, StrataCli.Failed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await FailAsync(json, "cancelled.", StrataCli.Failed);
        }
        catch (Exception lost) when (lost is not StrataException && ConnectionFailure.Is(lost))
        {
            return await FailAsync(json, ConnectionFailure.Describe(lost), StrataCli.Failed);
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            // Unexpected errors still get one readable line; the stack trace only on request.
            if (verbose)
            {
                await environment.Error.WriteLineAsync(unexpected.ToString());
            }
            pipes?.Fail(PipesException.From(unexpected));
            return await FailAsync(json, $"{unexpected.GetType().Name}: {unexpected.Message}", StrataCli.Failed);
        }
    }

    /// <summary>
    /// A command that cannot go on: one line on stderr, and with --json the one JSON object stdout always carries
    /// (<c>{"status": "failed" | "usage_error", "error": ...}</c>), so a caller parsing stdout is never left with nothing.
    /// </summary>
    public async Task<int> FailAsync(bool json, string message, int exitCode)
    {
        await environment.Error.WriteLineAsync($"strata: {message}");
        if (json)
        {
            var status = exitCode == StrataCli.BadUsage ? "usage_error" : "failed";
            await environment.Out.WriteLineAsync(ToJson(new Failure(status, message)));
        }
        return exitCode;
    }

    /// <summary>A usage error found after parsing (impossible option values): said on stderr (and stdout with --json), exit 2.</summary>
    public async Task<int> UsageErrorAsync(ParseResult parsed, IReadOnlyList<string> problems, string help)
    {
        foreach (var problem in problems.SkipLast(1))
        {
            await environment.Error.WriteLineAsync($"strata: {problem}");
        }
        await environment.Error.WriteLineAsync($"Run '{help}' for usage.");
        return await FailAsync(parsed.GetValue(JsonOption), problems[^1], StrataCli.BadUsage);
    }

    private sealed record Failure(string Status, string Error);

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    /// <summary>A console on <paramref name="writer"/>, as wide as the terminal it shows on (<paramref name="width"/>), or wide when redirected.</summary>
    internal static IAnsiConsole CreateConsole(TextWriter writer, bool interactive, int? width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // Off a terminal Spectre assumes 80 columns and wraps table cells mid-word; a log or a file reads better wide.
        console.Profile.Width = width ?? RedirectedWidth;
        return console;
    }

    private const int RedirectedWidth = 160;
}

/// <summary>What a command's work receives: settings, logging, progress and the console for human output.</summary>
public sealed record CommandContext(StrataSettings Settings, ILoggerFactory LoggerFactory, ProgressReporter Progress, IAnsiConsole Console)
{
    /// <summary>The Dagster Pipes session when Dagster launched this process, else null.</summary>
    internal PipesSession? Pipes { get; init; }

    /// <summary>The command's environment variables, for settings beyond the stores' (alert channels, metrics exports).</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;
}

/// <summary>A summary whose command already wrote everything stdout should carry.</summary>
public interface ISelfWritten;

/// <summary>A summary that can say the command failed even though it ran to the end (a failed check, say).</summary>
public interface IOutcome
{
    bool Succeeded { get; }
}
