using System.CommandLine;
using Strata.Pipeline;

namespace Strata.Cli.Hosting;

/// <summary>
/// What every `strata run PIPELINE` accepts beyond its partition: the steps to run (an orchestrator's task per step)
/// and the run they belong to, and what started them (for the run history).
/// </summary>
internal sealed class RunFlags
{
    private readonly Option<string[]> steps = new("--step")
    {
        Description = "Run only this step (repeatable), continuing the run --run-id names: one orchestrator task per step.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> runId = new("--run-id")
    {
        Description = "The run these steps belong to: a UUID, or an orchestrator's run id (the same text always names the same run).",
    };

    private readonly Option<string> trigger = new("--trigger")
    {
        Description = "What started the run, for the run history: manual, orchestrator, schedule or backfill.",
        DefaultValueFactory = _ => Triggers.Manual,
    };

    public RunFlags(IReadOnlyList<string> stepNames)
    {
        steps.AcceptOnlyFromAmong([.. stepNames]);
        trigger.AcceptOnlyFromAmong([.. Triggers.All]);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(steps);
        command.Options.Add(runId);
        command.Options.Add(trigger);
    }

    /// <summary>The options of a run started with these flags; <paramref name="options"/> carries the pipeline's own settings.</summary>
    public T Apply<T>(ParseResult parsed, T options) where T : RunOptions => options with
    {
        Steps = parsed.GetValue(steps) is { Length: > 0 } chosen ? chosen.ToHashSet(StringComparer.Ordinal) : null,
        RunId = parsed.GetValue(runId) is { } id ? RunIds.Parse(id) : null,
        Trigger = parsed.GetValue(trigger)!,
    };
}
