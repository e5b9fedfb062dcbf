using Strata.Pipeline.Graph;

namespace Strata.Orchestration;

/// <summary>
/// A step's retries as an orchestrator's task gets them. The CLI already retries a transient fault inside its process as
/// the step declares (exponential backoff, jitter); the orchestrator's retries, from the same declaration, are the outer
/// net for a process that died (killed, out of memory, its node lost). Its time limit is the CLI's own worst case: every
/// attempt at its full timeout, with the longest backoff before each.
/// </summary>
public static class OrchestratorPolicy
{
    public static long ExecutionTimeoutSeconds(ManifestStep step) =>
        (step.Retries + 1L) * (step.TimeoutS + step.RetryDelayS * (1L << step.Retries));
}
