using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Bench;
using Strata.ClickHouse;
using Strata.Cli.Hosting;
using Strata.Postgres;
using Strata.Sources.Generation;

namespace Strata.Cli.Commands;

/// <summary>`strata bench --sales N`: generate, ingest and load N sales; per stage rows/s, time and memory, next to the raw limit.</summary>
internal static class BenchCommand
{
    public static Command Create(CommandRunner runner)
    {
        var sales = new Option<long>("--sales") { Description = "How many sales to generate, ingest and load.", DefaultValueFactory = _ => 1_000_000 };
        var customers = new Option<int?>("--customers") { Description = "Customers (default: one per 50 sales, at least 1000)." };
        var products = new Option<int?>("--products") { Description = "Products (default: one per 500 sales, at least 1000)." };
        var command = new Command("bench", "Measure the pipeline on N generated sales: generate, ingest, daily load, and the raw limit (ClickHouse pulling the same rows bare). Needs an empty raw tier; leaves the data in the stores.")
        {
            sales, customers, products,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var count = parsed.GetValue(sales);
            var options = new GeneratorOptions
            {
                Sales = count,
                Customers = parsed.GetValue(customers) ?? (int)Math.Clamp(count / 50, GeneratorOptions.DefaultCustomers, int.MaxValue),
                Products = parsed.GetValue(products) ?? (int)Math.Clamp(count / 500, GeneratorOptions.DefaultProducts, int.MaxValue),
            };
            // Impossible sizes are usage errors (exit code 2), by the generator's own rules.
            var problems = options.Problems().ToList();
            foreach (var problem in problems)
            {
                await runner.Environment.Error.WriteLineAsync($"strata: {problem}");
            }
            return problems.Count > 0
                ? StrataCli.BadUsage
                : await runner.RunAsync(parsed, (context, ct) => RunAsync(context, options, ct), Render, cancellationToken);
        });
        return command;
    }

    private static async Task<BenchSummary> RunAsync(CommandContext context, GeneratorOptions options, CancellationToken cancellationToken)
    {
        await using var postgres = new PostgresDatabase(context.Settings.Postgres);
        await using var clickHouse = await ClickHouseEngines.OpenAsync(context.Settings, cancellationToken);
        var benchmark = new Benchmark(postgres, clickHouse, PostgresSource.Parameters(context.Settings.Postgres), context.LoggerFactory);
        return await benchmark.RunAsync(options, Path.Combine(context.Settings.DataDirectory, "bench"), cancellationToken);
    }

    private static void Render(BenchSummary summary, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("stage", "rows", "seconds", "rows/s", "peak MB");
        foreach (var stage in summary.Stages)
        {
            table.AddRow(stage.Name, Number(stage.Rows), Decimal(stage.Seconds), Number(stage.RowsPerS), Decimal(stage.PeakMemoryMb));
        }
        table.AddRow("raw limit", Number(summary.Sales), Decimal(summary.RawLimit.Seconds), Number(summary.RawLimit.RowsPerS), "");
        console.Write(table);
        console.WriteLine($"Daily load of {Number(summary.Sales)} sales: {Decimal(summary.RatioToRawLimit)} x the raw limit.");
    }

    private static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Decimal(double value) => value.ToString("N1", CultureInfo.InvariantCulture);
}
