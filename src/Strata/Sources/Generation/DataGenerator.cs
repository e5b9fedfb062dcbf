using Microsoft.Extensions.Logging;
using Strata.Contracts;
using Strata.Sources.Generation.Customers;
using Strata.Sources.Generation.Defects;
using Strata.Sources.Generation.Output;
using Strata.Sources.Generation.Products;
using Strata.Sources.Generation.Returns;
using Strata.Sources.Generation.Sales;
using Strata.Sources.Generation.Timing;

namespace Strata.Sources.Generation;

/// <summary>
/// Writes customer_data.csv, product_data.csv, sales_data.csv and returns_data.csv: a realistic, deterministic retail
/// history (see docs/generator.md), optionally with the defects of docs/csv-format.md. Customers and products are held
/// in memory; sales are streamed day by day, and the returns of the last weeks' sales with them.
/// </summary>
public sealed class DataGenerator(ILogger<DataGenerator> logger)
{
    /// <summary>Customers and products are written in blocks of this many rows; held-back duplicates follow each block.</summary>
    private const int DimensionBatch = 100;

    public GenerationSummary Generate(GeneratorOptions options, string directory, IProgress<double>? salesDone, CancellationToken cancellationToken)
    {
        options.Validate();
        Directory.CreateDirectory(directory);
        GenerationLog.Generating(
            logger, options.Customers, options.Products, options.Sales, options.Start, options.End, options.Seed, options.DefectRate, directory);
        var calendar = new SalesCalendar(options.Start, options.End, options.Sales, Stream(options, RandomStream.Calendar));
        var customers = CustomerFactory.Create(options.Customers, calendar, Stream(options, RandomStream.Customers));
        var products = ProductFactory.Create(
            options.Products, options.Start, options.End, Stream(options, RandomStream.Products), Stream(options, RandomStream.Prices));

        var customerDefects = new CustomerDefects(options.Customers);
        var customerFile = WriteDimension(Open(directory, RawTables.Customers, customerDefects, options, RandomStream.CustomerDefects),
            customers, CustomerRows.Width, CustomerRows.Render);
        var productDefects = new ProductDefects(options.Products);
        var productFile = WriteDimension(Open(directory, RawTables.Products, productDefects, options, RandomStream.ProductDefects),
            products, ProductRows.Width, ProductRows.Render);

        // Returns are never more than the sales, so ids above the sales' count are above every genuine id of both files.
        var freshLineId = options.Sales + 1;
        var saleDefects = new LineDefects(SaleRows.Line, freshLineId, customerDefects.NextFreshNumber, productDefects.NextFreshNumber);
        var returnDefects = new LineDefects(ReturnRows.Line, freshLineId, customerDefects.NextFreshNumber, productDefects.NextFreshNumber);
        TableOutput saleFile;
        TableOutput returnFile;
        using (var sales = Open(directory, RawTables.Sales, saleDefects, options, RandomStream.SaleDefects))
        using (var returns = Open(directory, RawTables.Returns, returnDefects, options, RandomStream.ReturnDefects))
        {
            new SaleStream(calendar, new CustomerActivity(customers, options.Start), new ProductPicker(products), new PriceBook(products),
                Stream(options, RandomStream.Sales))
                .WriteTo(sales, new ReturnStream(returns, options.ReturnRate, options.End, Stream(options, RandomStream.Returns)), salesDone,
                    cancellationToken);
            saleFile = Finish(sales);
            returnFile = Finish(returns);
        }
        return Summarise(options, new Dictionary<string, TableOutput>
        {
            [RawTables.Customers.Name] = customerFile,
            [RawTables.Products.Name] = productFile,
            [RawTables.Sales.Name] = saleFile,
            [RawTables.Returns.Name] = returnFile,
        });
    }

    private TableOutput WriteDimension<T>(DefectInjector file, IReadOnlyList<T> items, int width, Action<T, string[]> render)
    {
        using (file)
        {
            var row = new string[width];
            for (var index = 0; index < items.Count; index++)
            {
                render(items[index], row);
                file.Write(row);
                if ((index + 1) % DimensionBatch == 0)
                {
                    file.EndOfBatch();
                }
            }
            return Finish(file);
        }
    }

    private TableOutput Finish(DefectInjector file)
    {
        var output = file.Complete();
        var defects = output.Defects.Values.Sum();
        GenerationLog.Wrote(logger, output.Rows, output.Genuine, defects, output.File);
        return output;
    }

    private static DefectInjector Open(string directory, TableContract table, TableDefects defects, GeneratorOptions options, RandomStream stream) =>
        new(new CsvTableWriter(Path.Combine(directory, table.Name + ".csv"), table), defects, options.DefectRate, Stream(options, stream));

    private static Random Stream(GeneratorOptions options, RandomStream stream) => RandomStreams.For(options.Seed, stream);

    private static GenerationSummary Summarise(GeneratorOptions options, Dictionary<string, TableOutput> tables)
    {
        var defects = DefectKinds.All.ToDictionary(
            kind => kind.Name(),
            kind => tables.Values.Sum(table => table.Defects.GetValueOrDefault(kind.Name())));
        return new GenerationSummary(options.Customers, options.Products, options.Sales, tables[RawTables.Returns.Name].Genuine,
            [.. tables.Values.Select(table => table.File)], defects, tables);
    }
}
