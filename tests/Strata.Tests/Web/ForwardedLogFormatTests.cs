using Strata.Cli.Hosting;

namespace Strata.Tests.Web;

/// <summary>
/// A command forwarded to `strata serve` runs off any terminal there; the client makes the log format its own terminal
/// (text) or pipe (JSON lines) would choose explicit, right after the command's name, and leaves a format given alone.
/// </summary>
public sealed class ForwardedLogFormatTests
{
    [Theory]
    [InlineData(true, "--json run --log-format text daily --date 2024-03-01")]
    [InlineData(false, "--json run --log-format json daily --date 2024-03-01")]
    public void The_callers_terminal_or_pipe_chooses_the_format(bool interactive, string expected) =>
        Assert.Equal(expected, string.Join(' ', CliLogging.WithCallersFormat(["--json", "run", "daily", "--date", "2024-03-01"], "run", Caller(interactive))));

    [Theory]
    [InlineData("runs", "list", "--log-format", "text")]
    [InlineData("runs", "list", "--log-format=json")]
    public void A_format_the_caller_gave_stays_as_given(params string[] args) =>
        Assert.Equal(args, CliLogging.WithCallersFormat(args, "runs", Caller(interactive: false)));

    private static CliEnvironment Caller(bool interactive) => new(TextWriter.Null, TextWriter.Null, _ => null, interactive);
}
