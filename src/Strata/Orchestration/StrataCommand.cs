using Strata.Pipeline.Graph;

namespace Strata.Orchestration;

/// <summary>
/// The `strata` command an orchestrator's task runs for one step of a pipeline, or for the checks that guard one, as
/// arguments: literal text, and placeholders each orchestrator fills from its own run (the partition of the run, its
/// run id, the drop folder). Airflow and Dagster run the same commands; only how they fill the placeholders differs.
/// </summary>
public static class StrataCommand
{
    /// <summary>Runs one step of run RUN_ID, for the run's partition; continues what earlier tasks of the same run did.</summary>
    public static IReadOnlyList<CommandArgument> Step(ManifestPipeline pipeline, ManifestStep step) =>
    [
        .. Target(pipeline), CommandArgument.Of("--step"), CommandArgument.Of(step.Name),
        CommandArgument.Of("--run-id"), CommandArgument.RunId, CommandArgument.Of("--trigger"), CommandArgument.Of("orchestrator"),
        CommandArgument.Of("--json"),
    ];

    /// <summary>Evaluates exactly the checks that guard <paramref name="step"/>, as a run reads them right after it.</summary>
    public static IReadOnlyList<CommandArgument> Checks(ManifestPipeline pipeline, ManifestStep step) =>
    [
        CommandArgument.Of("check"), CommandArgument.Of("--pipeline"), CommandArgument.Of(pipeline.Name), .. Partition(pipeline),
        CommandArgument.Of("--step"), CommandArgument.Of(step.Name), CommandArgument.Of("--json"),
    ];

    /// <summary>
    /// What the run works on: `run daily --date D`, `run monthly --month M`, `ingest DROP_FOLDER --move-loaded` (what has
    /// arrived since the last run, as strata serve's scheduled ingest reads it: a night without files is nothing to do).
    /// </summary>
    private static IEnumerable<CommandArgument> Target(ManifestPipeline pipeline) => pipeline.Partition == "none"
        ? [CommandArgument.Of(pipeline.Name), CommandArgument.DropFolder, CommandArgument.Of("--move-loaded")]
        : [CommandArgument.Of("run"), CommandArgument.Of(pipeline.Name), .. Partition(pipeline)];

    private static IEnumerable<CommandArgument> Partition(ManifestPipeline pipeline) => pipeline.Partition switch
    {
        "date" => [CommandArgument.Of("--date"), CommandArgument.Day],
        "month" => [CommandArgument.Of("--month"), CommandArgument.Month],
        _ => [],
    };
}

/// <summary>One argument: literal text, or a placeholder named as the generated Python names it (DAY, MONTH, RUN_ID, DROP_FOLDER).</summary>
public sealed record CommandArgument(string Text, bool IsPlaceholder)
{
    public static CommandArgument Day { get; } = new("DAY", true);

    public static CommandArgument Month { get; } = new("MONTH", true);

    public static CommandArgument RunId { get; } = new("RUN_ID", true);

    public static CommandArgument DropFolder { get; } = new("DROP_FOLDER", true);

    public static CommandArgument Of(string text) => new(text, false);
}
