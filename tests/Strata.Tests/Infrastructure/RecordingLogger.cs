using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Strata.Tests.Infrastructure;

/// <summary>A logger that keeps every message, at every level, so a test can see which statements a run executed.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyCollection<string> Messages => messages;

    /// <summary>Whether some message names <paramref name="fragment"/> (a SQL file, an index).</summary>
    public bool Mentions(string fragment) => messages.Any(message => message.Contains(fragment, StringComparison.Ordinal));

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        messages.Enqueue(formatter(state, exception));
}
