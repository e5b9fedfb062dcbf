using System.Diagnostics;
using Strata.Diagnostics;

namespace Strata.Backups;

/// <summary>
/// A PostgreSQL client tool (pg_dump, pg_restore) run as its own process: arguments as a list (never one shell string),
/// the password in the environment (never on a command line, which any user of the machine can read), stderr kept for
/// the failure message.
/// </summary>
internal static class ExternalTool
{
    public static async Task<string> RunAsync(string tool, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment,
        string step, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(tool);
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new StrataException($"{step}: could not start {tool} ({missing.Message}); install the PostgreSQL client tools " +
                "(Debian: apt-get install postgresql-client) of the server's major version.");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0)
            {
                throw new StrataException($"{step}: {tool} exited with {process.ExitCode}: {LastLines(await error)}");
            }
            return await output;
        }
    }

    private static string LastLines(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
}
