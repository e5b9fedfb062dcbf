using System.CommandLine;
using Microsoft.Extensions.Logging;
using Strata.Monitoring.Notifications;

namespace Strata.Cli.Hosting;

/// <summary>
/// Logs go to the command's stderr, always, so stdout stays clean for summaries and JSON: human lines when a person
/// watches a terminal, JSON lines otherwise (a service, a pipe, CI), or as <c>--log-format</c> says; secrets masked.
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

    public static ILoggerFactory Create(bool verbose, string? format, CliEnvironment environment) =>
        LoggerFactory.Create(builder => builder
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information)
            .AddFilter("Npgsql", LogLevel.Warning)
            .AddProvider(new LogLinesProvider(environment.Error, json: (format ?? (environment.Interactive ? Text : Json)) == Json,
                Redactor.FromEnvironment(environment.Variable))));
}
