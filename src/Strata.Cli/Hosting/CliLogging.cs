using Microsoft.Extensions.Logging;

namespace Strata.Cli.Hosting;

/// <summary>
/// Logs go to the command's stderr, always, so stdout stays clean for summaries and JSON. The command's stderr, not the
/// process's: inside `strata serve` a caller's command logs to that caller.
/// </summary>
internal static class CliLogging
{
    public static ILoggerFactory Create(bool verbose, TextWriter error) =>
        LoggerFactory.Create(builder => builder
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information)
            .AddFilter("Npgsql", LogLevel.Warning)
            // The web host's own start-up chatter; strata serve says where it listens itself.
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddProvider(new WriterLoggerProvider(error)));
}
