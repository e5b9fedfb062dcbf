namespace Strata.Archive;

/// <summary>
/// Lets a test act at a named point of a monthly run: crash there (to prove that running the month again leaves
/// exactly one correct copy) or tamper with the data (to prove the verification notices). In production no hook
/// is set and every call is a no-op.
/// </summary>
public sealed class FaultInjector(Func<string, CancellationToken, Task>? hook)
{
    public static readonly FaultInjector None = new(null);

    /// <summary>Throws <see cref="InjectedCrashException"/> when the run reaches <paramref name="point"/>.</summary>
    public static FaultInjector CrashAt(string point) => new((reached, _) =>
        reached == point ? throw new InjectedCrashException(point) : Task.CompletedTask);

    public Task AtAsync(string point, CancellationToken cancellationToken) => hook?.Invoke(point, cancellationToken) ?? Task.CompletedTask;
}

/// <summary>The crash a test asked for.</summary>
public sealed class InjectedCrashException(string point) : Exception($"Injected crash at '{point}'.")
{
    public string Point { get; } = point;
}
