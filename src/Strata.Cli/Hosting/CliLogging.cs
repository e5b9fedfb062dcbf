using Microsoft.Extensions.Logging;
using Strata.Cli.Pipes;

namespace Strata.Cli.Hosting;

/// <summary>
/// Logs go to the command's stderr, always, so stdout stays clean for summaries and JSON. The command's stderr, not the
/// process's: inside `strata serve` a caller's command logs to that caller. Under Dagster Pipes, to Dagster too.
/// </summary>
internal static class CliLogging
{
    public static ILoggerFactory Create(bool verbose, TextWriter error, PipesSession? pipes = null) =>
        LoggerFactory.Create(builder =>
        {
            builder
                .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information)
                .AddFilter("Npgsql", LogLevel.Warning)
                // The web host's own start-up chatter; strata serve says where it listens itself.
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddProvider(new WriterLoggerProvider(error));
            if (pipes is not null)
            {
                builder.AddProvider(new PipesLoggerProvider(pipes));
            }
        });
}
