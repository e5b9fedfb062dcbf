using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Strata.Cli.Hosting;

/// <summary>
/// Logs as JSON lines, one object per line, for log shippers (Loki, Elasticsearch, the journal's JSON output):
/// <c>{"ts","level","category","event","message", ...fields}</c>, where the fields are the message's own named values in
/// snake_case (a step's run_id, pipeline, step, partition, duration_ms, rows_in, rows_out, peak_memory_mb; a failure's
/// error and error_code), so nothing has to be parsed back out of the text. Each line is flushed as it is written.
/// </summary>
internal sealed class JsonLinesLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock gate = new();

    public ILogger CreateLogger(string categoryName) => new JsonLinesLogger(categoryName, this);

    public void Dispose()
    {
        // The writer is the command's stderr, which outlives its logging.
    }

    private void Write(string category, LogLevel level, EventId eventId, IReadOnlyList<KeyValuePair<string, object?>> fields, string message,
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
                JsonSerializer.Serialize(json, value, value?.GetType() ?? typeof(object));
            }
            if (exception is not null)
            {
                json.WriteString("exception", exception.ToString());
            }
            json.WriteEndObject();
        }
        var line = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private sealed class JsonLinesLogger(string category, JsonLinesLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, eventId, state as IReadOnlyList<KeyValuePair<string, object?>> ?? [], formatter(state, exception), exception);
            }
        }
    }
}
