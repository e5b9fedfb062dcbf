using Spectre.Console;

namespace Strata.Cli.Hosting;

/// <summary>
/// Progress bars on stderr when a person is watching a terminal; silent otherwise (CI, pipes, --json),
/// so the work itself never knows whether anyone is looking.
/// </summary>
public sealed class ProgressReporter(CliEnvironment environment, bool enabled)
{
    /// <summary>Runs <paramref name="work"/>, showing one bar that advances as it reports done units out of <paramref name="total"/>.</summary>
    public async Task<T> RunAsync<T>(string description, double total, Func<IProgress<double>, Task<T>> work)
    {
        if (!enabled)
        {
            return await work(new Progress<double>());
        }
        var console = CommandRunner.CreateConsole(environment.Error, interactive: true, environment.TerminalWidth);
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(description, maxValue: Math.Max(total, 1));
                var result = await work(new SyncProgress(done => task.Value = done));
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Reports on the caller's thread; Progress&lt;T&gt; would post to the thread pool and lag behind.</summary>
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
