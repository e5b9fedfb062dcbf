using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Strata.Contracts;
using Strata.Sources.Generation;

namespace Strata.Tests.Generation;

/// <summary>One generated folder, read back with an RFC 4180 parser, for tests to check independently of the generator.</summary>
public sealed class GeneratedSet(string directory, GenerationSummary summary)
{
    private readonly Dictionary<string, List<string[]>> tables = [];

    public string Directory { get; } = directory;

    public GenerationSummary Summary { get; } = summary;

    public static GeneratedSet Generate(string directory, GeneratorOptions options) =>
        new(directory, new DataGenerator(Microsoft.Extensions.Logging.Abstractions.NullLogger<DataGenerator>.Instance)
            .Generate(options, directory, null, CancellationToken.None));

    public string PathOf(TableContract table) => Path.Combine(Directory, table.Name + ".csv");

    /// <summary>The data rows of a table's file (header checked against the contract, then dropped).</summary>
    public IReadOnlyList<string[]> Rows(TableContract table)
    {
        if (!tables.TryGetValue(table.Name, out var rows))
        {
            using var reader = new StreamReader(PathOf(table));
            using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
            rows = [];
            while (parser.Read())
            {
                rows.Add(parser.Record!);
            }
            Assert.Equal(table.ColumnNames, rows[0]);
            rows.RemoveAt(0);
            tables[table.Name] = rows;
        }
        return rows;
    }

    public static int Column(TableContract table, string name) => table.ColumnNames.ToList().IndexOf(name);
}
