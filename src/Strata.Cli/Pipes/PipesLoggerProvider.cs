using Microsoft.Extensions.Logging;

namespace Strata.Cli.Pipes;

/// <summary>The CLI's log lines, also sent to Dagster as Pipes "log" messages, so they show in the step's log in Dagster's UI.</summary>
internal sealed class PipesLoggerProvider(PipesSession session) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new PipesLogger(session);

    public void Dispose()
    {
    }

    private sealed class PipesLogger(PipesSession session) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                session.Log(Level(logLevel), formatter(state, exception));
            }
        }

        /// <summary>Python's level names, which dagster-pipes' log handler sends.</summary>
        private static string Level(LogLevel level) => level switch
        {
            LogLevel.Trace or LogLevel.Debug => "DEBUG",
            LogLevel.Information => "INFO",
            LogLevel.Warning => "WARNING",
            LogLevel.Error => "ERROR",
            _ => "CRITICAL",
        };
    }
}
