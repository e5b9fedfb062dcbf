using Microsoft.Extensions.Logging;

namespace Strata.Tests.Infrastructure;

/// <summary>A logger factory whose loggers let a test wait (bounded) until a message containing some text is logged.</summary>
public sealed class LogWatch : IDisposable
{
    private readonly List<(string Text, TaskCompletionSource Seen)> watches = [];

    public LogWatch() => Factory = LoggerFactory.Create(builder => builder.AddProvider(new Provider(this)));

    public ILoggerFactory Factory { get; }

    /// <summary>Completes when a message containing <paramref name="text"/> is logged; fails the test after <paramref name="patience"/>.</summary>
    public Task WaitForAsync(string text, TimeSpan patience)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (watches)
        {
            watches.Add((text, seen));
        }
        return seen.Task.WaitAsync(patience);
    }

    public void Dispose() => Factory.Dispose();

    private void Saw(string message)
    {
        lock (watches)
        {
            foreach (var (text, seen) in watches.Where(watch => message.Contains(watch.Text, StringComparison.Ordinal)))
            {
                seen.TrySetResult();
            }
        }
    }

    private sealed class Provider(LogWatch watch) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Watcher(watch);

        public void Dispose()
        {
            // The watch outlives its loggers.
        }
    }

    private sealed class Watcher(LogWatch watch) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            watch.Saw(formatter(state, exception));
    }
}
