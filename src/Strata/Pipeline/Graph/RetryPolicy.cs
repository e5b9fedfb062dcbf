namespace Strata.Pipeline.Graph;

/// <summary>
/// How often a step is tried when it fails with a transient fault (a dropped connection, a timeout, a server
/// restarting), and how long it waits between tries: exponential backoff from <see cref="Delay"/>, with jitter
/// so that retries of several runs do not hit a recovering server together. Data errors and failed checks are
/// never retried (<see cref="TransientFaults"/>).
/// </summary>
public sealed record RetryPolicy(int Attempts, TimeSpan Delay)
{
    /// <summary>No second try.</summary>
    public static RetryPolicy Once { get; } = new(1, TimeSpan.Zero);

    /// <summary>The retries after the first attempt.</summary>
    public int Retries => Attempts - 1;
}
