using Strata.Diagnostics;
using Strata.Quality;

namespace Strata.Pipeline;

/// <summary>An error-severity check failed: the step it guards fails, and nothing downstream runs. Never retried.</summary>
public sealed class CheckFailedException : StrataException
{
    public CheckFailedException(IEnumerable<CheckResult> failed)
        : base("Data-quality check failed: " + string.Join("; ", failed) + ".")
    {
    }

    public CheckFailedException()
    {
    }

    public CheckFailedException(string message) : base(message)
    {
    }

    public CheckFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
