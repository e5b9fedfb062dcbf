using System.CommandLine;
using Strata.Cli.Commands;

namespace Strata.Cli.Hosting;

/// <summary>The `strata` command tree: 0 on success, 1 on failure, 2 on bad usage.</summary>
public static class StrataCli
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var runner = new CommandRunner(environment);
        var root = new RootCommand("Strata: a retail data warehouse pipeline, PostgreSQL -> ClickHouse -> Greenplum.");
        root.Options.Add(CommandRunner.JsonOption);
        root.Options.Add(CommandRunner.VerboseOption);
        foreach (var command in Catalogue(runner))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await environment.Error.WriteLineAsync($"strata: {error.Message}");
            }
            await environment.Error.WriteLineAsync("Run 'strata --help' (or '<command> --help') for usage.");
            return BadUsage;
        }
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>Every top-level command, in the order `--help` lists them.</summary>
    private static IEnumerable<Command> Catalogue(CommandRunner runner) =>
    [
        DbCommand.Create(runner),
        GenerateCommand.Create(runner),
        IngestCommand.Create(runner),
        QueryCommand.Create(runner),
        RunCommand.Create(runner),
        ReportCommand.Create(runner),
        BenchCommand.Create(runner),
    ];
}
