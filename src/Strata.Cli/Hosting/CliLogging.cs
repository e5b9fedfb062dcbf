using Microsoft.Extensions.Logging;
using Strata.Cli.Pipes;

namespace Strata.Cli.Hosting;

/// <summary>Logs go to stderr, always, so stdout stays clean for summaries and JSON; under Dagster Pipes, to Dagster too.</summary>
internal static class CliLogging
{
    public static ILoggerFactory Create(bool verbose, PipesSession? pipes = null) =>
        LoggerFactory.Create(builder =>
        {
            builder
                .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information)
                .AddFilter("Npgsql", LogLevel.Warning)
                .AddSimpleConsole(options =>
                {
                    options.SingleLine = true;
                    options.TimestampFormat = "HH:mm:ss ";
                })
                .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            if (pipes is not null)
            {
                builder.AddProvider(new PipesLoggerProvider(pipes));
            }
        });
}
