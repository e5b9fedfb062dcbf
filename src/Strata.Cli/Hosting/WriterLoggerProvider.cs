using Microsoft.Extensions.Logging;

namespace Strata.Cli.Hosting;

/// <summary>
/// Log lines written to a <see cref="TextWriter"/>, one a line, in the console logger's single-line shape
/// ("09:41:07 info: Strata.Pipeline[3] message"): the console logger writes to the process's own stderr only, while a
/// command's stderr may be a caller's, far away. Each line is flushed at once, so a caller sees a long run's progress.
/// </summary>
internal sealed class WriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock gate = new();

    public ILogger CreateLogger(string categoryName) => new WriterLogger(categoryName, this);

    public void Dispose()
    {
        // Nothing to release: the writer is the command's, and outlives its logging.
    }

    private void WriteLine(string line)
    {
        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class WriterLogger(string category, WriterLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var line = $"{DateTime.Now:HH:mm:ss} {Level(logLevel)}: {category}[{eventId.Id}] {formatter(state, exception)}";
            provider.WriteLine(exception is null ? line : line + Environment.NewLine + exception);
        }
    }
}
