using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Strata.Tests.Infrastructure;

/// <summary>What a `strata` child process printed, and how it exited.</summary>
public sealed record ProcessRun(int ExitCode, string Out, string Error);

/// <summary>
/// The built `strata` command (src/Strata.Cli/bin/&lt;configuration&gt;/net10.0/strata) as a child process, the way an operator
/// or a cron job runs it: its own process, its own environment (the test's STRATA_* settings are not inherited, only
/// where libchdb is), its stdout and stderr captured.
/// </summary>
public static class StrataProcess
{
    /// <summary>How long any one command may take before the test gives up on it (and kills it).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static string Executable { get; } = Path.Combine(RepositoryRoot(), "src", "Strata.Cli", "bin",
        typeof(StrataProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0", "strata");

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> variables, IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var inherited in start.Environment.Keys.Where(name => name.StartsWith("STRATA_", StringComparison.Ordinal)
            && name is not ("STRATA_LIBCHDB" or "STRATA_CACHE")).ToList())
        {
            start.Environment.Remove(inherited);
        }
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    /// <summary>Runs a command to its end and returns what it printed.</summary>
    public static async Task<ProcessRun> RunAsync(IReadOnlyDictionary<string, string> variables, IEnumerable<string> args, string? workingDirectory = null)
    {
        using var process = Process.Start(StartInfo(variables, args, workingDirectory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"strata {string.Join(' ', args)} did not finish within {Patience}; stderr so far: {await error}");
        }
        return new ProcessRun(process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
