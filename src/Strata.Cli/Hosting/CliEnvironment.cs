namespace Strata.Cli.Hosting;

/// <summary>
/// What a command may touch of the outside world: its writers, its variables, whether a person watches a terminal; the
/// folder relative paths resolve in and the terminal's width; and whether Ctrl+C and SIGTERM of the process are its to
/// handle. Tests pass in-memory writers and variables; `strata serve` runs a caller's command with writers that send
/// frames back to the caller, in the caller's folder, and keeps its process's signals for itself.
/// </summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> Variable, bool Interactive)
{
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The width of the terminal stdout is, or null when stdout is a pipe or a file (tables are then 160 characters wide).</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>Whether Ctrl+C and SIGTERM cancel the command (the `strata` process itself), or the host decides (a command inside the server).</summary>
    public bool OwnsProcessSignals { get; init; }

    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        Interactive: !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null)
    {
        TerminalWidth = Console.IsOutputRedirected ? null : Console.WindowWidth,
        OwnsProcessSignals = true,
    };
}
