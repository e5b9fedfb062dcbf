namespace Strata.Greenplum;

/// <summary>
/// Lets a test make a monthly run crash at a named point, to prove that running the month again afterwards leaves
/// exactly one correct copy. In production no point is armed and every call is a no-op.
/// </summary>
public sealed class FaultInjector(string? armedPoint)
{
    public static readonly FaultInjector None = new(null);

    public void At(string point)
    {
        if (string.Equals(point, armedPoint, StringComparison.Ordinal))
        {
            throw new InjectedCrashException(point);
        }
    }
}

/// <summary>The crash a test asked for.</summary>
public sealed class InjectedCrashException(string point) : Exception($"Injected crash at '{point}'.")
{
    public string Point { get; } = point;
}
