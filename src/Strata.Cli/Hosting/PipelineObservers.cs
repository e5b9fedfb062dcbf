using Strata.Cli.Pipes;
using Strata.Lineage;
using Strata.Monitoring.Metrics;
using Strata.Monitoring.Notifications;
using Strata.Monitoring.Status;
using Strata.Pipeline;
using Strata.Pipeline.History;
using Strata.Postgres;

namespace Strata.Cli.Hosting;

/// <summary>
/// Who hears a pipeline run, whether the CLI started it, a caller's command in `strata serve` or the server's scheduler,
/// in this order: the run history in the raw tier (first: the others read it), the metrics, their export after the run
/// (textfile, Pushgateway), the alerts, the OpenLineage endpoint when STRATA_OPENLINEAGE_URL names one, and Dagster when
/// it launched this process through Pipes.
/// </summary>
internal static class PipelineObservers
{
    /// <summary>The process's metrics: every run it carries out records into the same instruments, which `strata serve` serves on /metrics.</summary>
    public static ProcessMetrics Metrics { get; } = new();

    public static IRunObserver Create(CommandContext context, PostgresDatabase raw)
    {
        var logger = context.LoggerFactory.CreateLogger("Strata.Pipeline");
        var alerts = NotificationSettings.FromEnvironment(context.Variable);
        var redactor = Redactor.FromEnvironment(context.Variable);
        return new RunObservers(
        [
            new RunHistory(raw),
            new MetricsObserver(Metrics.Instruments),
            new MetricsExport(Metrics, new StatusReader(context.Settings, raw), MetricsSettings.FromEnvironment(context.Variable),
                context.LoggerFactory.CreateLogger("Strata.Monitoring")),
            new NotificationObserver(new AlertDispatcher(AlertChannels.From(alerts), alerts, redactor, context.LoggerFactory.CreateLogger("Strata.Alerts")),
                raw, redactor, TimeProvider.System),
            .. Lineage(context),
            .. Dagster(context),
        ], logger);
    }

    private static IEnumerable<IRunObserver> Lineage(CommandContext context) => context.Settings.Lineage is { } target
        ? [new OpenLineageObserver(target, new LineageDatasets(context.Settings, target.Namespace))]
        : [];

    private static IEnumerable<IRunObserver> Dagster(CommandContext context) => context.Pipes is { } pipes ? [new PipesObserver(pipes)] : [];
}
