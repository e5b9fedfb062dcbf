using System.Text.Json;
using Strata.Diagnostics;

namespace Strata.Cli.Pipes;

/// <summary>
/// Where the messages go, as DAGSTER_PIPES_MESSAGES says: appended to the file "path" names, one JSON object a line
/// (Dagster's PipesFileMessageReader tails it), or written to stdout or stderr ("stdio"), one line each.
/// </summary>
internal sealed class PipesChannel(Action<string> writeLine)
{
    public static PipesChannel Open(JsonElement parameters, TextWriter stdout, TextWriter stderr)
    {
        if (PipesParameters.Text(parameters, "path") is { } path)
        {
            return new PipesChannel(line => File.AppendAllText(path, line + "\n"));
        }
        return PipesParameters.Text(parameters, "stdio") switch
        {
            "stdout" => Stream(stdout),
            "stderr" => Stream(stderr),
            _ => throw new StrataException($"{PipesParameters.MessagesVariable} names neither a file (\"path\") nor \"stdio\": \"stdout\" or \"stderr\"."),
        };
    }

    public void Write(string line) => writeLine(line);

    /// <summary>A whole line at a time and flushed, so a message never mixes with the summary or a log line on the same stream.</summary>
    private static PipesChannel Stream(TextWriter writer) => new(line =>
    {
        writer.WriteLine(line);
        writer.Flush();
    });
}
