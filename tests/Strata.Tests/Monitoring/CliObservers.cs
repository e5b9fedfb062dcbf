using Microsoft.Extensions.Logging;
using Strata.Cli.Hosting;
using Strata.Configuration;
using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Tests.Monitoring;

/// <summary>The observers a CLI run gets (<see cref="PipelineObservers"/>), from the given variables only.</summary>
internal static class CliObservers
{
    public static IRunObserver For(IReadOnlyDictionary<string, string> variables, PostgresDatabase raw, ILoggerFactory logs)
    {
        string? Variable(string name) => variables.TryGetValue(name, out var value) ? value : null;
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, Variable, Interactive: false);
        var context = new CommandContext(StrataSettings.FromEnvironment(Variable), logs, new ProgressReporter(environment, enabled: false),
            CommandRunner.CreateConsole(TextWriter.Null, interactive: false, width: null))
        {
            Variable = Variable,
        };
        return PipelineObservers.Create(context, raw);
    }

    /// <summary>A logger factory writing JSON lines into <paramref name="into"/>, as the CLI does off a terminal with these variables.</summary>
    public static ILoggerFactory Logs(StringWriter into, IReadOnlyDictionary<string, string> variables) =>
        CliLogging.Create(verbose: false, CliLogging.Json, new CliEnvironment(TextWriter.Null, into, name => variables.GetValueOrDefault(name),
            Interactive: false));
}
