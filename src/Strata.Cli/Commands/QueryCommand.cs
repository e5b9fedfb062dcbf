using System.CommandLine;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Configuration;

namespace Strata.Cli.Commands;

/// <summary>`strata query --tier T "sql"`: ad-hoc SQL for analysts, results as a table, CSV or JSON.</summary>
internal static class QueryCommand
{
    public static Command Create(CommandRunner runner)
    {
        var sql = new Argument<string>("sql") { Description = "The SQL to run." };
        var tier = new Option<string>("--tier") { Description = "Which store to query.", DefaultValueFactory = _ => "postgres" };
        tier.AcceptOnlyFromAmong(SqlTiers.Names(Tiers.All));
        var format = new Option<ResultFormat>("--format")
        {
            Description = "table (for people), csv (RFC 4180 with a header) or json (an array of objects).",
            DefaultValueFactory = _ => ResultFormat.Table,
        };
        var write = new Option<bool>("--write")
        {
            Description = "Allow the SQL to change data (INSERT, DDL...) and, on ClickHouse, to use file() and postgresql(); "
                + "without it the query runs read-only.",
        };
        var command = new Command("query", "Run ad-hoc SQL against one tier and print the result (read-only unless --write).")
        {
            sql, tier, format, write,
        };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            async (context, ct) =>
            {
                var owned = new Stack<IAsyncDisposable>();
                try
                {
                    var store = SqlTiers.Open(SqlTiers.Parse(parsed.GetValue(tier)!), context.Settings, owned, parsed.GetValue(write));
                    await using var result = await ReadOnly.ExplainAsync(store.QueryAsync(parsed.GetValue(sql)!, null, ct));
                    var json = parsed.GetValue(CommandRunner.JsonOption);
                    return await ResultWriter.WriteAsync(
                        result, json ? ResultFormat.Json : parsed.GetValue(format), runner.Environment.Out, json, store.Name, ct,
                        runner.Environment.TerminalWidth);
                }
                finally
                {
                    while (owned.TryPop(out var resource))
                    {
                        await resource.DisposeAsync();
                    }
                }
            },
            static (_, _) => { },
            cancellationToken));
        return command;
    }
}
