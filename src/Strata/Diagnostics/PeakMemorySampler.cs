namespace Strata.Diagnostics;

/// <summary>
/// The process's peak resident memory over a stretch of work that may itself reset the kernel's high-water
/// mark (the daily runner resets it at every step, to report each step's own peak). Reading the high-water
/// mark once at the end would then only cover the last step, so a background loop reads it every few
/// milliseconds and keeps the largest value: any peak is caught unless it falls in the last interval before
/// a reset, and those the resetting code reports itself (combine with its figures, see the daily load).
/// </summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private readonly CancellationTokenSource stop = new();
    private readonly Task<double> sampling;

    private PeakMemorySampler()
    {
        PeakMemory.Reset();
        sampling = Task.Run(SampleAsync);
    }

    /// <summary>Starts a new measurement: the peak so far becomes the current resident size.</summary>
    public static PeakMemorySampler Start() => new();

    /// <summary>Stops sampling and returns the peak resident size seen since <see cref="Start"/>, in MB.</summary>
    public async Task<double> StopAsync()
    {
        await stop.CancelAsync();
        return await sampling;
    }

    public async ValueTask DisposeAsync()
    {
        if (!sampling.IsCompleted)
        {
            await StopAsync();
        }
        stop.Dispose();
    }

    private async Task<double> SampleAsync()
    {
        var peak = PeakMemory.Megabytes();
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                peak = Math.Max(peak, PeakMemory.Megabytes());
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the last reading below closes the measurement.
        }
        return Math.Max(peak, PeakMemory.Megabytes());
    }
}
