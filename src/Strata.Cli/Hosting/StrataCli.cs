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
        root.Options.Add(CliLogging.FormatOption);
        foreach (var command in Catalogue(runner))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return await runner.UsageErrorAsync(parsed, [.. parsed.Errors.Select(error => error.Message)], $"{CommandPath(parsed)} --help");
        }
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        if (!environment.OwnsProcessSignals || parsed.CommandResult.Command.Name == ServeCommand.Name)
        {
            // Ctrl+C and SIGTERM cancel a command only in its own process, and never `strata serve`, which stops gracefully
            // on them itself; left on, System.CommandLine would also end the whole process two seconds later.
            configuration.ProcessTerminationTimeout = null;
        }
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
        BackfillCommand.Create(runner),
        CheckCommand.Create(runner),
        RunsCommand.Create(runner),
        StatusCommand.Create(runner),
        ManifestCommand.Create(runner),
        OrchestrationCommand.Create(runner),
        ReportCommand.Create(runner),
        BenchCommand.Create(runner),
        ServeCommand.Create(runner),
        BackupCommand.Create(runner),
    ];

    /// <summary>"strata run daily": the command a parse result reached, as a person types it.</summary>
    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "strata" : result.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
