using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Sources.Generation;

namespace Strata.Cli.Commands;

/// <summary>`strata generate --out DIR ...`: a realistic, deterministic retail data set as CSV, optionally with defects.</summary>
internal static class GenerateCommand
{
    public static Command Create(CommandRunner runner)
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder to write customer_data.csv, product_data.csv, sales_data.csv and returns_data.csv into (created if missing).",
            Required = true,
        };
        var customers = CliOptions.Number("--customers", "Number of customers.", GeneratorOptions.DefaultCustomers, WholeNumber);
        var products = CliOptions.Number("--products", "Number of products.", GeneratorOptions.DefaultProducts, WholeNumber);
        var sales = CliOptions.Number("--sales", "Number of sales (genuine rows of sales_data.csv); streamed, so 10 million and more fit in flat memory.",
            GeneratorOptions.DefaultSales, WholeNumber);
        var start = CliOptions.Date("--start", "First day of sales (yyyy-MM-dd).", GeneratorOptions.DefaultStart);
        var end = CliOptions.Date("--end", "Last day of sales (yyyy-MM-dd).", GeneratorOptions.DefaultEnd);
        var seed = CliOptions.Number("--seed", "Random seed: the same flags and seed give byte-identical files.", GeneratorOptions.DefaultSeed, WholeNumber);
        var returnRate = CliOptions.Number("--return-rate",
            "Share of sale lines (0-1) returned later by their buyer, all or some units, into returns_data.csv.", GeneratorOptions.DefaultReturnRate,
            "a share between 0 and 1 (0.02)");
        var defects = CliOptions.Number("--defects",
            "Share of each file's rows (0-1) that carry a defect: duplicates, bad values, mixed formats... (see docs/generator.md).", 0d,
            "a share between 0 and 1 (0.05)");

        GeneratorOptions Read(ParseResult parsed) => new()
        {
            Customers = parsed.GetValue(customers),
            Products = parsed.GetValue(products),
            Sales = parsed.GetValue(sales),
            Start = parsed.GetValue(start),
            End = parsed.GetValue(end),
            Seed = parsed.GetValue(seed),
            ReturnRate = parsed.GetValue(returnRate),
            DefectRate = parsed.GetValue(defects),
        };

        var command = new Command("generate", "Write a realistic, deterministic retail data set (customers, products, sales, returns) as CSV files.")
        {
            output, customers, products, sales, start, end, seed, returnRate, defects,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = Read(parsed);
            // Impossible options are usage errors (exit code 2), stated by the same rules the generator enforces.
            // Not a command validator: those run before System.CommandLine fills in default values.
            var problems = options.Problems().ToList();
            if (problems.Count > 0)
            {
                return await runner.UsageErrorAsync(parsed, problems, "strata generate --help");
            }
            return await runner.RunAsync(
                parsed,
                (context, ct) =>
                {
                    var generator = new DataGenerator(context.LoggerFactory.CreateLogger<DataGenerator>());
                    return context.Progress.RunAsync("Generating sales", options.Sales,
                        progress => Task.Run(() => generator.Generate(options, parsed.GetValue(output)!, progress, ct), ct));
                },
                Render,
                cancellationToken);
        });
        return command;
    }

    private const string WholeNumber = "a whole number (1000)";

    private static void Render(GenerationSummary summary, IAnsiConsole console)
    {
        var files = new Table().AddColumns("File", "Rows", "Genuine", "With defects");
        foreach (var table in summary.Tables.Values)
        {
            files.AddRow(Markup.Escape(Path.GetFileName(table.File)), Count(table.Rows), Count(table.Genuine), Count(table.Defects.Values.Sum()));
        }
        console.Write(files);
        var defects = summary.Defects.Where(kind => kind.Value > 0).ToList();
        if (defects.Count > 0)
        {
            var kinds = new Table().AddColumns("Defect", "Rows");
            foreach (var (kind, count) in defects)
            {
                kinds.AddRow(kind, Count(count));
            }
            console.Write(kinds);
        }
        console.WriteLine($"Generated {Count(summary.Customers)} customers, {Count(summary.Products)} products, {Count(summary.Sales)} sales "
            + $"and {Count(summary.Returns)} returns in {Path.GetDirectoryName(summary.Files[0])}.");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
