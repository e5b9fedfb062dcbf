namespace Strata.Diagnostics;

/// <summary>
/// A failure a person can act on: bad input, an unreachable store, a failed check. The CLI prints its
/// message as it is (no stack trace) and exits with 1.
/// </summary>
public class StrataException : Exception
{
    public StrataException(string message) : base(message)
    {
    }

    public StrataException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StrataException()
    {
    }
}
