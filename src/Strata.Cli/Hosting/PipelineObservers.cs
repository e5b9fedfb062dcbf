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
/// (textfile, Pushgateway), and the alerts.
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
        ], logger);
    }
}
