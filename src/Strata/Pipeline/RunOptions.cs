namespace Strata.Pipeline;

/// <summary>How one run is started, whichever the pipeline: who watches it, what started it, which of its steps to run.</summary>
public record RunOptions
{
    /// <summary>Named points where tests crash or tamper with a run; no-op in production.</summary>
    public Checkpoints Checkpoints { get; init; } = Checkpoints.None;

    /// <summary>Who hears of the run's start, each step (every attempt) and its end: the run history, metrics, notifications.</summary>
    public IRunObserver Observer { get; init; } = RunObservers.None;

    public string Trigger { get; init; } = Triggers.Manual;

    /// <summary>The run to join (an orchestrator's run whose steps come one process at a time); a new id when null.</summary>
    public Guid? RunId { get; init; }

    public DateTimeOffset? ScheduledFor { get; init; }

    /// <summary>When set, the wait before a step's first retry instead of the one its declaration gives (tests, impatient operators).</summary>
    public TimeSpan? RetryDelay { get; init; }

    /// <summary>Only these steps (by name, in the pipeline's order), for an orchestrator's one-task-per-step; every step when null.</summary>
    public IReadOnlySet<string>? Steps { get; init; }
}
