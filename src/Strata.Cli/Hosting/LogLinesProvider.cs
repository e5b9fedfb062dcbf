using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Strata.Monitoring.Notifications;

namespace Strata.Cli.Hosting;

/// <summary>
/// Log lines on the command's stderr, one event a line, flushed as written, with every configured secret masked
/// (<see cref="Redactor"/>). Text for people ("09:41:07 info: Strata.Pipeline message"), or JSON for log shippers (Loki,
/// Elasticsearch, the journal): <c>{"ts","level","category","event","message", ...fields}</c>, where the fields are the
/// message's own named values in snake_case (a step's run_id, pipeline, step, partition, duration_ms, rows_in, rows_out,
/// peak_memory_mb; a failure's error and error_code), so nothing has to be parsed back out of the text.
/// </summary>
internal sealed class LogLinesProvider(TextWriter writer, bool json, Redactor redactor) : ILoggerProvider
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock gate = new();

    public ILogger CreateLogger(string categoryName) => new LineLogger(categoryName, this);

    public void Dispose()
    {
        // The writer is the command's stderr, which outlives its logging.
    }

    private void Write(string category, LogLevel level, EventId eventId, IReadOnlyList<KeyValuePair<string, object?>> fields, string message,
        Exception? exception)
    {
        var line = json ? Json(category, level, eventId, fields, message, exception) : Text(category, level, message, exception);
        lock (gate)
        {
            writer.WriteLine(redactor.Redact(line));
            writer.Flush();
        }
    }

    private static string Text(string category, LogLevel level, string message, Exception? exception) =>
        $"{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {Level(level)}: {category} {message}"
        + (exception is null ? "" : Environment.NewLine + exception);

    private static string Json(string category, LogLevel level, EventId eventId, IReadOnlyList<KeyValuePair<string, object?>> fields, string message,
        Exception? exception)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("ts", DateTimeOffset.UtcNow);
            json.WriteString("level", level.ToString().ToLowerInvariant());
            json.WriteString("category", category);
            if (eventId.Name is { } name)
            {
                json.WriteString("event", name);
            }
            json.WriteString("message", message);
            foreach (var (key, value) in fields.Where(field => field.Key != "{OriginalFormat}"))
            {
                json.WritePropertyName(JsonNamingPolicy.SnakeCaseLower.ConvertName(key));
                WriteValue(json, value);
            }
            if (exception is not null)
            {
                json.WriteString("exception", exception.ToString());
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Numbers, booleans and instants as JSON values; anything else (a date range, a path) as the text it logs as.</summary>
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool or int or long or short or byte or uint or ulong or double or float or decimal or DateTime or DateTimeOffset or Guid:
                JsonSerializer.Serialize(json, value, value.GetType());
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
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

    private sealed class LineLogger(string category, LogLinesProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, eventId, state as IReadOnlyList<KeyValuePair<string, object?>> ?? [], formatter(state, exception),
                    exception);
            }
        }
    }
}
