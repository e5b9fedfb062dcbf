namespace Strata.Warehouse.Daily;

/// <summary>One UTC day's sales as one store sees them: rows, distinct sale_ids, units and revenue.</summary>
public sealed record DayFigures(DateOnly Day, long Rows, long SaleIds, long Units, decimal Revenue)
{
    /// <summary>These figures less a subset's (rows of the same day whose keys no other row of the day has).</summary>
    public DayFigures Minus(DayFigures? subset) => subset is null
        ? this
        : this with { Rows = Rows - subset.Rows, SaleIds = SaleIds - subset.SaleIds, Units = Units - subset.Units, Revenue = Revenue - subset.Revenue };

    /// <summary>
    /// The figures that differ from <paramref name="postgres"/>'s. <paramref name="setAside"/> is what the run
    /// dropped as older duplicates that day: PostgreSQL holds those rows, fact_sales rightly does not.
    /// </summary>
    public IEnumerable<DayMismatch> CompareWith(DayFigures postgres, DayFigures setAside)
    {
        if (Rows != SaleIds)
        {
            yield return new DayMismatch(Day, "rows per sale_id in fact_sales (must be 1)", Rows, SaleIds);
        }
        if (Rows + setAside.Rows != postgres.Rows)
        {
            yield return new DayMismatch(Day, "rows", Rows + setAside.Rows, postgres.Rows);
        }
        if (SaleIds != postgres.SaleIds)
        {
            yield return new DayMismatch(Day, "distinct sale_ids", SaleIds, postgres.SaleIds);
        }
        if (Units + setAside.Units != postgres.Units)
        {
            yield return new DayMismatch(Day, "units", Units + setAside.Units, postgres.Units);
        }
        if (Revenue + setAside.Revenue != postgres.Revenue)
        {
            yield return new DayMismatch(Day, "revenue", Revenue + setAside.Revenue, postgres.Revenue);
        }
    }
}
