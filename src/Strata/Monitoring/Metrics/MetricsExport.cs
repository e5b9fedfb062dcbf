using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Strata.Monitoring.Status;
using Strata.Pipeline;

namespace Strata.Monitoring.Metrics;

/// <summary>
/// The batch job's way to Prometheus (a CLI run ends before anyone scrapes it): when a run ends, the process's metrics
/// and the system's state are written to the textfile node_exporter's textfile collector reads (STRATA_METRICS_TEXTFILE;
/// written whole and renamed into place, so the collector never reads half a file) and/or put to a Pushgateway
/// (STRATA_PUSHGATEWAY_URL; PUT replaces the group job="strata", instance=this host). A failure is logged, never the run's.
/// </summary>
public sealed partial class MetricsExport(ProcessMetrics metrics, StatusReader status, MetricsSettings settings, ILogger logger) : IRunObserver
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public Task RunStartedAsync(PipelineRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StepFinishedAsync(PipelineRun run, StepResult result, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunFinishedAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken)
    {
        if (settings.Textfile is null && settings.Pushgateway is null)
        {
            return;
        }
        var text = await metrics.ExpositionAsync(status, cancellationToken);
        if (settings.Textfile is { } path)
        {
            await WriteTextfileAsync(path, text, cancellationToken);
            Written(logger, path);
        }
        if (settings.Pushgateway is { } gateway)
        {
            await PushAsync(gateway, text, cancellationToken);
        }
    }

    private static async Task WriteTextfileAsync(string path, string text, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        // node_exporter reads *.prom: the partial file's name must not end so.
        var partial = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.partial");
        await File.WriteAllTextAsync(partial, text, new UTF8Encoding(false), cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    private async Task PushAsync(Uri gateway, string text, CancellationToken cancellationToken)
    {
        var group = new Uri(gateway, $"metrics/job/strata/instance/{Uri.EscapeDataString(Environment.MachineName)}");
        using var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(PrometheusText.ContentType);
        try
        {
            using var response = await Http.PutAsync(group, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                PushFailed(logger, gateway.Authority, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return;
            }
            Pushed(logger, gateway.Authority);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            PushFailed(logger, gateway.Authority, failure.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics written to {Path}")]
    private static partial void Written(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics pushed to the Pushgateway at {Gateway}")]
    private static partial void Pushed(ILogger logger, string gateway);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metrics could not be pushed to the Pushgateway at {Gateway}: {Error}; the run is not affected")]
    private static partial void PushFailed(ILogger logger, string gateway, string error);
}
