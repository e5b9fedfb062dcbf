using Strata.Cli.Pipes;
using Strata.Lineage;
using Strata.Pipeline;
using Strata.Pipeline.History;
using Strata.Postgres;

namespace Strata.Cli.Hosting;

/// <summary>
/// Who hears a pipeline run, whether a command started it or the server's scheduler: the run history in the raw tier;
/// the OpenLineage endpoint when STRATA_OPENLINEAGE_URL names one; Dagster when it launched this process through Pipes.
/// </summary>
internal static class PipelineObservers
{
    public static IRunObserver Create(CommandContext context, PostgresDatabase raw) =>
        new RunObservers([new RunHistory(raw), .. Lineage(context), .. Dagster(context)], context.LoggerFactory.CreateLogger("Strata.Pipeline"));

    private static IEnumerable<IRunObserver> Lineage(CommandContext context) => context.Settings.Lineage is { } target
        ? [new OpenLineageObserver(target, new LineageDatasets(context.Settings, target.Namespace))]
        : [];

    private static IEnumerable<IRunObserver> Dagster(CommandContext context) => context.Pipes is { } pipes ? [new PipesObserver(pipes)] : [];
}
