using Strata.Cli.Hosting;
using Strata.Web.Forwarding;

namespace Strata.Cli.Serving;

/// <summary>
/// How `strata serve` carries out a caller's command: the same command tree, in the server's process (which holds the
/// embedded store), printing to writers that send frames to the caller, in the caller's folder, with the caller's
/// STRATA_* settings (the command sees what it would in its own process) and never the server's process signals.
/// </summary>
internal static class CommandsInServer
{
    public static Task<int> ExecuteAsync(CliRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var environment = new CliEnvironment(output, error, name => Variable(request, name), Interactive: false)
        {
            WorkingDirectory = request.Cwd,
            TerminalWidth = request.Width,
        };
        return StrataCli.RunAsync([.. request.Args], environment, cancellationToken);
    }

    /// <summary>A STRATA_* setting is the caller's (unset if the caller has none); anything else, such as HOME, is the server's.</summary>
    private static string? Variable(CliRequest request, string name) =>
        name.StartsWith(CliRequest.SettingsPrefix, StringComparison.Ordinal) ? request.Env.GetValueOrDefault(name) : Environment.GetEnvironmentVariable(name);
}
