using System.Diagnostics;

namespace Strata.Tests.Infrastructure;

/// <summary>A command-line tool the tests run as it is installed (docker-compose, kubectl), with what it printed.</summary>
public sealed record ExternalTool(int ExitCode, string Out, string Error)
{
    /// <summary>Whether the tool is on PATH.</summary>
    public static bool IsInstalled(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, name)));

    public static async Task<ExternalTool> RunAsync(string name, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(name)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ExternalTool(process.ExitCode, await output, await error);
    }
}
