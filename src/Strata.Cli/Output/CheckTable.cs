using Spectre.Console;
using Strata.Quality;

namespace Strata.Cli.Output;

/// <summary>
/// Data-quality results for people: one line counting them, then a table of the ones that did not pass (check,
/// dataset, severity, what was observed against what was expected); with <c>all</c>, every check.
/// </summary>
internal static class CheckTable
{
    public static void Write(IEnumerable<CheckResult> checks, IAnsiConsole console, bool all = false)
    {
        var results = checks.ToList();
        if (results.Count == 0)
        {
            return;
        }
        var failed = results.Count(check => check.Blocks);
        var warned = results.Count(check => !check.Passed && !check.Blocks);
        console.WriteLine($"Checks: {results.Count - failed - warned} passed, {warned} warning(s), {failed} failed.");
        var rows = all ? results : [.. results.Where(check => !check.Passed)];
        if (rows.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("check", "dataset", "severity", "result", "observed", "expected");
        foreach (var check in rows)
        {
            var verdict = check.Passed ? "passed" : check.Severity == Severity.Error ? "FAILED" : "warning";
            table.AddRow(Markup.Escape(check.Name), Markup.Escape(check.Dataset), check.Severity.ToString().ToLowerInvariant(), verdict,
                Markup.Escape(check.Observed), Markup.Escape(check.Expected));
        }
        console.Write(table);
    }
}
