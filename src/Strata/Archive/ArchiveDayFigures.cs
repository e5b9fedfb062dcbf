using Strata.Querying;

namespace Strata.Archive;

/// <summary>One UTC day of one month as a store holds it: the figures the archive must match ClickHouse on.</summary>
public sealed record ArchiveDayFigures(DateOnly Day, long SaleRows, long SaleIds, decimal Revenue, long Units, long Customers, long Products, long SaleSeconds)
{
    public static ArchiveDayFigures None(DateOnly day) => new(day, 0, 0, 0m, 0, 0, 0, 0);

    /// <summary>Reads day_figures rows (either engine): day, sale_rows, sale_ids, revenue, units, customers, products, sale_seconds.</summary>
    public static async Task<List<ArchiveDayFigures>> ReadAsync(TabularResult result, CancellationToken cancellationToken)
    {
        return await result.ReadAllAsync(row => new ArchiveDayFigures(row.Day("day"), row.Number("sale_rows"), row.Number("sale_ids"),
            row.Amount("revenue"), row.Number("units"), row.Number("customers"), row.Number("products"), row.Number("sale_seconds")), cancellationToken);
    }

    /// <summary>Every figure of every day that differs between ClickHouse and the archive; a day one side lacks counts as zeros.</summary>
    public static List<FigureMismatch> Compare(IReadOnlyList<ArchiveDayFigures> clickHouse, IReadOnlyList<ArchiveDayFigures> archive)
    {
        var archived = archive.ToDictionary(d => d.Day);
        var expected = clickHouse.ToDictionary(d => d.Day);
        return [.. expected.Keys.Union(archived.Keys).Order().SelectMany(day =>
            (expected.GetValueOrDefault(day) ?? None(day)).Differences(archived.GetValueOrDefault(day) ?? None(day)))];
    }

    private IEnumerable<FigureMismatch> Differences(ArchiveDayFigures archive)
    {
        (string Figure, decimal ClickHouse, decimal Archive)[] figures =
        [
            ("rows", SaleRows, archive.SaleRows),
            ("distinct sale_ids", SaleIds, archive.SaleIds),
            ("revenue", Revenue, archive.Revenue),
            ("units", Units, archive.Units),
            ("distinct customers", Customers, archive.Customers),
            ("distinct products", Products, archive.Products),
            ("sum of sale_date epoch seconds", SaleSeconds, archive.SaleSeconds),
        ];
        return figures.Where(f => f.ClickHouse != f.Archive).Select(f => new FigureMismatch(Day, f.Figure, f.ClickHouse, f.Archive));
    }
}

/// <summary>One figure of one day on which the archive disagrees with ClickHouse.</summary>
public sealed record FigureMismatch(DateOnly Day, string Figure, decimal ClickHouse, decimal Archive)
{
    public override string ToString() => $"{Day:yyyy-MM-dd} {Figure}: ClickHouse {ClickHouse}, archive {Archive}";
}
