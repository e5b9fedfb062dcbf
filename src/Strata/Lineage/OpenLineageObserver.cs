using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Strata.Pipeline;
using Strata.Pipeline.Graph;

namespace Strata.Lineage;

/// <summary>
/// Sends every run's lineage to an OpenLineage endpoint as it goes (R5.4): START when a run begins (RUNNING when an
/// orchestrator's later task continues it), then COMPLETE, FAIL or ABORT when it ends (RUNNING when more of its steps
/// come in later tasks), each with the pipeline's input and output datasets from the manifest and the steps' row counts.
/// There is no .NET OpenLineage client; the spec is JSON over HTTP. A receiver that is down costs a logged warning
/// (<see cref="RunObservers"/>), never the run.
/// </summary>
public sealed class OpenLineageObserver(OpenLineageTarget target, LineageDatasets datasets) : IRunObserver
{
    /// <summary>Who produced the events: Strata, at the version that runs.</summary>
    public static readonly string Producer = $"urn:strata:{typeof(OpenLineageObserver).Assembly.GetName().Version}";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Each run's latest result per step, as the steps end, for the event that closes this invocation's share.</summary>
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, StepResult>> steps = new();

    public Task RunStartedAsync(PipelineRun run, CancellationToken cancellationToken)
    {
        steps[run.RunId] = new ConcurrentDictionary<string, StepResult>(StringComparer.Ordinal);
        return SendAsync(run, run.Continues ? "RUNNING" : "START", [], null, cancellationToken);
    }

    public Task StepFinishedAsync(PipelineRun run, StepResult result, CancellationToken cancellationToken)
    {
        steps.GetOrAdd(run.RunId, _ => new ConcurrentDictionary<string, StepResult>(StringComparer.Ordinal))[result.Name] = result;
        return Task.CompletedTask;
    }

    public Task RunFinishedAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken)
    {
        var ran = steps.TryRemove(run.RunId, out var results) ? results.Values.OrderBy(step => step.StartedAt).ToList() : [];
        var eventType = outcome.Status switch
        {
            PipelineStatus.Succeeded => "COMPLETE",
            PipelineStatus.Failed => "FAIL",
            PipelineStatus.Abandoned => "ABORT",
            _ => "RUNNING",
        };
        return SendAsync(run, eventType, ran, outcome.Error, cancellationToken);
    }

    /// <summary>The event of one state change of <paramref name="run"/>, built from the manifest and what ran.</summary>
    public RunEvent Event(PipelineRun run, string eventType, IReadOnlyList<StepResult> ran, string? error)
    {
        var pipeline = PipelineCatalogue.ByName(run.Pipeline);
        var runFacets = new Dictionary<string, LineageFacet>
        {
            ["strata"] = new StrataRunFacet(Producer, run.Partition, run.Trigger,
                [.. ran.Select(step => new StrataStepFacet(step.Name, step.Status, step.Attempt, step.RowsIn, step.RowsOut, step.DurationMs,
                    step.PeakMemoryMb, step.Error))]),
        };
        if (run.Days is var (first, last))
        {
            runFacets["nominalTime"] = new NominalTimeFacet(Producer, Midnight(first), Midnight(last.AddDays(1)));
        }
        if (error is not null)
        {
            runFacets["errorMessage"] = new ErrorMessageFacet(Producer, error, "C#");
        }
        return new RunEvent(
            eventType,
            DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            new LineageRun(run.RunId, runFacets),
            new LineageJob(target.Namespace, pipeline.Name, new Dictionary<string, LineageFacet>
            {
                ["jobType"] = new JobTypeFacet(Producer, "BATCH", "STRATA", "JOB"),
            }),
            // What the pipeline reads from outside it; what its own steps wrote first is an output, not an input.
            [.. pipeline.Inputs.Except(pipeline.Outputs).Select(datasets.Of).Select(dataset => new LineageInput(dataset.Namespace, dataset.Name))],
            [.. pipeline.Outputs.Select(name => Output(pipeline, name, ran))],
            Producer,
            RunEvent.Schema);
    }

    private LineageOutput Output(PipelineDefinition pipeline, string name, IReadOnlyList<StepResult> ran)
    {
        var dataset = datasets.Of(name);
        var writers = pipeline.Steps.Where(step => step.Writes.Contains(name)).ToList();
        var facets = new Dictionary<string, LineageFacet>();
        if (writers is [{ Writes.Count: 1 } writer]
            && ran.LastOrDefault(step => step.Succeeded && Kind(step.Name) == writer.Name) is { } result)
        {
            facets["outputStatistics"] = new OutputStatisticsFacet(Producer, result.RowsOut);
        }
        return new LineageOutput(dataset.Namespace, dataset.Name, facets);
    }

    private async Task SendAsync(PipelineRun run, string eventType, IReadOnlyList<StepResult> ran, string? error, CancellationToken cancellationToken)
    {
        // A backup is a recorded run too, but no job of the graph: it moves no data between datasets, so it has no lineage.
        if (!PipelineCatalogue.All.Any(pipeline => pipeline.Name == run.Pipeline))
        {
            return;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Endpoint)
        {
            Content = JsonContent.Create(Event(run, eventType, ran, error), options: Json),
        };
        if (target.ApiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.ApiKey);
        }
        using var response = await Http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A monthly range names its steps "2024-03/stage"; the step the graph declares is "stage".</summary>
    private static string Kind(string stepName) => stepName[(stepName.LastIndexOf('/') + 1)..];
}
