using System.CommandLine;
using Strata.Cli.Hosting;

namespace Strata.Cli.Commands;

/// <summary>`strata run PIPELINE`: run one pipeline for a logical date, the same steps every orchestrator calls.</summary>
internal static class RunCommand
{
    public static Command Create(CommandRunner runner) =>
        new("run", "Run a pipeline for a logical date (deterministic, safe to re-run).") { RunDailyCommand.Create(runner), RunMonthlyCommand.Create(runner) };
}
