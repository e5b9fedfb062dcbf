using Microsoft.Extensions.Logging;

namespace Strata.Cli.Hosting;

/// <summary>Logs go to stderr, always, so stdout stays clean for summaries and JSON.</summary>
internal static class CliLogging
{
    public static ILoggerFactory Create(bool verbose) =>
        LoggerFactory.Create(builder => builder
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information)
            .AddFilter("Npgsql", LogLevel.Warning)
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            })
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
}
