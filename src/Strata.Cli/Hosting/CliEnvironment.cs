namespace Strata.Cli.Hosting;

/// <summary>What a command may touch of the outside world; tests pass in-memory writers and variables.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> Variable, bool Interactive)
{
    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        Interactive: !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);
}
