using Strata.Cli.Hosting;

namespace Strata.Tests.Infrastructure;

/// <summary>Runs the `strata` command in memory and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> InvokeAsync(IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error,
            name => variables.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name), Interactive: false);
        var exitCode = await StrataCli.RunAsync(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
