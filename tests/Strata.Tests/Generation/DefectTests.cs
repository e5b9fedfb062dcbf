using System.Globalization;
using Strata.Contracts;
using Strata.Sources.Generation.Defects;

namespace Strata.Tests.Generation;

/// <summary>The defects of docs/csv-format.md, counted independently in the written files and held against the summary.</summary>
public sealed class DefectTests(GeneratedSets sets) : IClassFixture<GeneratedSets>
{
    public static TheoryData<string> Tables => [.. RawTables.WithReturns.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_defect_the_summary_counts_is_in_the_file(string name)
    {
        var table = RawTables.ByName(name);
        var set = sets.Defective;

        var found = new DefectClassifier(set.Summary).Count(table, set.Rows(table));

        var claimed = set.Summary.Tables[name].Defects.Where(kind => kind.Value > 0).ToDictionary();
        Assert.Equal(claimed.OrderBy(k => k.Key), found.OrderBy(k => k.Key));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Rows_are_the_genuine_rows_plus_one_extra_row_per_added_defect(string name)
    {
        var table = RawTables.ByName(name);
        var set = sets.Defective;
        var output = set.Summary.Tables[name];
        var classifier = new DefectClassifier(set.Summary);
        var key = GeneratedSet.Column(table, table.Key);
        var genuineIds = set.Rows(table).Select(row => row[key]).Where(id => classifier.IsGenuine(table, id)).Distinct().Count();
        var inPlace = output.Defects.Where(d => d.Key is "mixed_date_format" or "stray_whitespace_case").Sum(d => d.Value);

        Assert.Equal(set.Rows(table).Count, output.Rows);
        Assert.Equal(genuineIds, output.Genuine);
        Assert.Equal(output.Genuine + output.Defects.Values.Sum() - inPlace, output.Rows);
        // About the requested share of rows carries a defect (binomial: well within five standard deviations).
        var rate = GeneratedSets.DefectiveOptions.DefectRate;
        var spread = 5 * Math.Sqrt(output.Genuine * rate * (1 - rate));
        Assert.InRange(output.Defects.Values.Sum(), output.Genuine * rate - spread, output.Genuine * rate + spread);
    }

    [Fact]
    public void The_summary_counts_every_kind_over_all_files()
    {
        var summary = sets.Defective.Summary;

        Assert.Equal(DefectKinds.All.Select(kind => kind.Name()), summary.Defects.Keys);
        Assert.All(summary.Defects, kind => Assert.True(kind.Value > 0, $"no {kind.Key} generated"));
        Assert.All(summary.Defects, kind => Assert.Equal(summary.Tables.Values.Sum(t => t.Defects.GetValueOrDefault(kind.Key)), kind.Value));
        Assert.Equal(
            (GeneratedSets.CleanOptions.Customers, GeneratedSets.CleanOptions.Products, GeneratedSets.CleanOptions.Sales),
            (summary.Customers, summary.Products, summary.Sales));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Defects_leave_the_genuine_rows_as_they_were(string name)
    {
        var table = RawTables.ByName(name);
        var key = GeneratedSet.Column(table, table.Key);
        var clean = sets.Clean.Rows(table);
        var classifier = new DefectClassifier(sets.Defective.Summary);
        var firstOccurrences = sets.Defective.Rows(table)
            .Where(row => classifier.IsGenuine(table, row[key]))
            .DistinctBy(row => row[key])
            .ToList();

        // The same genuine rows in the same order; those written differently in place mean the same after cleaning.
        Assert.Equal(clean.Select(row => row[key]), firstOccurrences.Select(row => row[key]));
        Assert.All(clean.Zip(firstOccurrences), pair => Assert.Equal(Cleaned(table, pair.First), Cleaned(table, pair.Second)));
        var rewritten = clean.Zip(firstOccurrences).Count(pair => !pair.First.SequenceEqual(pair.Second));
        var inPlace = sets.Defective.Summary.Tables[name].Defects.Where(d => d.Key is "mixed_date_format" or "stray_whitespace_case").Sum(d => d.Value);
        Assert.Equal(inPlace, rewritten);
    }

    [Fact]
    public void Unknown_references_point_outside_both_dimension_files_and_genuine_sales_only_inside()
    {
        var set = sets.Defective;
        var classifier = new DefectClassifier(set.Summary);
        var customerIds = set.Rows(RawTables.Customers).Select(row => row[0]).ToHashSet();
        var productIds = set.Rows(RawTables.Products).Select(row => row[0]).ToHashSet();
        var sales = set.Rows(RawTables.Sales).Where(row => row[2] != "" && row[3] != "").ToList();

        var unknown = sales.Where(row => !classifier.IsGenuineCustomer(row[3]) || !classifier.IsGenuineProduct(row[2])).ToList();
        Assert.NotEmpty(unknown);
        Assert.All(unknown, row => Assert.False(customerIds.Contains(row[3]) && productIds.Contains(row[2]), string.Join(',', row)));
        Assert.All(unknown, row => Assert.False(classifier.IsGenuine(RawTables.Sales, row[0])));
    }

    [Fact]
    public void Duplicates_come_after_the_genuine_row()
    {
        var rows = sets.Defective.Rows(RawTables.Sales);
        var firstLine = new Dictionary<string, int>();
        var clean = sets.Clean.Rows(RawTables.Sales).ToDictionary(row => row[0]);
        for (var line = 0; line < rows.Count; line++)
        {
            if (!firstLine.TryAdd(rows[line][0], line))
            {
                // The earlier row with this id is the genuine one (the ingest keeps the first occurrence).
                Assert.Equal(clean[rows[line][0]][4], rows[firstLine[rows[line][0]]][4]);
            }
        }
    }

    private static string[] Cleaned(TableContract table, string[] row) =>
    [
        .. row.Select((text, index) => table.Columns[index] switch
        {
            { Categorical: true } => AcceptedSpellings.TitleCase(text.Trim()),
            { Kind: ValueKind.Date } => AcceptedSpellings.Date(text.Trim())?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? text,
            { Kind: ValueKind.Timestamp } => AcceptedSpellings.Instant(text.Trim())?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? text,
            _ => text,
        }),
    ];
}
