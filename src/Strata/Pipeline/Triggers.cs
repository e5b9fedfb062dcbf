namespace Strata.Pipeline;

/// <summary>What started a run, as the run history records it.</summary>
public static class Triggers
{
    /// <summary>A person typed `strata run ...` (or `strata ingest`).</summary>
    public const string Manual = "manual";

    /// <summary>The built-in scheduler of `strata serve`, on the pipeline's cron.</summary>
    public const string Schedule = "schedule";

    /// <summary>`strata backfill`.</summary>
    public const string Backfill = "backfill";

    /// <summary>Airflow, Dagster or another orchestrator running the CLI step by step.</summary>
    public const string Orchestrator = "orchestrator";

    public static IReadOnlyList<string> All { get; } = [Manual, Schedule, Backfill, Orchestrator];
}
