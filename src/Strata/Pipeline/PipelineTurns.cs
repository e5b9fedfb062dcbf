using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Strata.Pipeline;

/// <summary>
/// One run of a pipeline on one set of stores at a time in this process. `strata serve` carries out commands while its
/// scheduler runs the pipelines: a `strata run daily` or a backfill that meets the scheduled daily run waits for it here,
/// and the scheduled run waits for them, instead of one failing on the pipeline's PostgreSQL run lock (which still keeps
/// runs in different processes apart) and its occurrence counting as done.
/// </summary>
public static class PipelineTurns
{
    private static readonly ConcurrentDictionary<(string Pipeline, string Store), SemaphoreSlim> Turns = new();

    /// <summary>
    /// Waits until no other run of <paramref name="run"/>'s pipeline on <paramref name="store"/> (the database its run lock
    /// lives in) goes on in this process; disposing the result hands the turn on.
    /// </summary>
    public static async Task<IDisposable> TakeAsync(PipelineRun run, string store, ILogger logger, CancellationToken cancellationToken)
    {
        var turn = Turns.GetOrAdd((run.Pipeline, store), _ => new SemaphoreSlim(1, 1));
        if (!await turn.WaitAsync(0, cancellationToken))
        {
            PipelineLog.WaitingForTurn(logger, run.Pipeline, run.Partition, run.RunId);
            await turn.WaitAsync(cancellationToken);
        }
        return new Turn(turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}
