using Microsoft.Extensions.Logging;
using Strata.Pipeline;
using Strata.Pipeline.History;
using Strata.Postgres;

namespace Strata.Cli.Hosting;

/// <summary>Who hears a pipeline run, whether the CLI started it or the server's scheduler: the run history in the raw tier.</summary>
internal static class PipelineObservers
{
    public static IRunObserver Create(CommandContext context, PostgresDatabase raw) => Create(context.LoggerFactory, raw);

    public static IRunObserver Create(ILoggerFactory loggerFactory, PostgresDatabase raw) =>
        new RunObservers([new RunHistory(raw)], loggerFactory.CreateLogger("Strata.Pipeline"));
}
