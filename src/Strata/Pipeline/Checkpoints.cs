namespace Strata.Pipeline;

/// <summary>
/// Named points of a run where a test can act: crash the run there (to prove that running again converges on
/// exactly one correct result) or tamper with the data (to prove the checks notice). The runner passes
/// "before:STEP" and "after:STEP" around every step; steps name points of their own inside ("loaded",
/// "swap:before_commit"). In production no hook is set and every call is a no-op.
/// </summary>
public sealed class Checkpoints(Func<string, CancellationToken, Task>? hook)
{
    public static readonly Checkpoints None = new(null);

    /// <summary>Throws <see cref="InjectedCrashException"/> when the run reaches <paramref name="point"/>.</summary>
    public static Checkpoints CrashAt(string point) => new((reached, _) =>
        reached == point ? throw new InjectedCrashException(point) : Task.CompletedTask);

    public static string Before(string step) => $"before:{step}";

    public static string After(string step) => $"after:{step}";

    public Task AtAsync(string point, CancellationToken cancellationToken) => hook?.Invoke(point, cancellationToken) ?? Task.CompletedTask;
}

/// <summary>The crash a test asked for.</summary>
public sealed class InjectedCrashException(string point) : Exception($"Injected crash at '{point}'.")
{
    public string Point { get; } = point;
}
