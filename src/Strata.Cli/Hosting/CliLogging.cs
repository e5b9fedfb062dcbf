using System.CommandLine;
using Microsoft.Extensions.Logging;
using Strata.Cli.Pipes;
using Strata.Monitoring.Notifications;

namespace Strata.Cli.Hosting;

/// <summary>
/// Logs go to the command's stderr, always, so stdout stays clean for summaries and JSON: human lines when a person
/// watches a terminal, JSON lines otherwise (a service, a pipe, CI), or as <c>--log-format</c> says; secrets masked.
/// The command's stderr, not the process's: inside `strata serve` a caller's command logs to that caller. Under Dagster
/// Pipes, to Dagster too.
/// </summary>
internal static class CliLogging
{
    public const string Json = "json";
    public const string Text = "text";

    public static readonly Option<string?> FormatOption = new("--log-format")
    {
        Description = "How logs on stderr look: text (lines for people) or json (one JSON object a line); default: text on a terminal, json otherwise.",
        Recursive = true,
    };

    static CliLogging() => FormatOption.AcceptOnlyFromAmong(Json, Text);

    /// <summary>
    /// A command to forward to `strata serve`, with the log format this terminal (or pipe) would have chosen made explicit
    /// after the command's name: the server runs it off any terminal and would otherwise answer a person in JSON lines.
    /// </summary>
    public static IReadOnlyList<string> WithCallersFormat(IReadOnlyList<string> args, string command, CliEnvironment environment)
    {
        if (args.Any(arg => arg.StartsWith(FormatOption.Name, StringComparison.Ordinal)))
        {
            return args;
        }
        var at = args.ToList().IndexOf(command) + 1;
        return [.. args.Take(at), FormatOption.Name, environment.Interactive ? Text : Json, .. args.Skip(at)];
    }

    public static ILoggerFactory Create(bool verbose, string? format, CliEnvironment environment, PipesSession? pipes = null) =>
        LoggerFactory.Create(builder =>
        {
            builder
                .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information)
                .AddFilter("Npgsql", LogLevel.Warning)
                // The web host's own start-up chatter; strata serve says where it listens itself.
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddProvider(new LogLinesProvider(environment.Error, json: (format ?? (environment.Interactive ? Text : Json)) == Json,
                    Redactor.FromEnvironment(environment.Variable)));
            if (pipes is not null)
            {
                builder.AddProvider(new PipesLoggerProvider(pipes));
            }
        });
}
