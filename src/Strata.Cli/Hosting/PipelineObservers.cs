using Strata.Pipeline;
using Strata.Pipeline.History;
using Strata.Postgres;

namespace Strata.Cli.Hosting;

/// <summary>Who hears a pipeline run started from the CLI (or the server): the run history in the raw tier.</summary>
internal static class PipelineObservers
{
    public static IRunObserver Create(CommandContext context, PostgresDatabase raw) =>
        new RunObservers([new RunHistory(raw)], context.LoggerFactory.CreateLogger("Strata.Pipeline"));
}
