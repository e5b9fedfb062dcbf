namespace Strata.Tests.Archive.Analytics;

/// <summary>A sale with the product and customer versions valid at its instant: what bi_sales_detail should say, computed in C#.</summary>
public sealed record ArchivedSale(Sale Sale, ProductVersion Product, CustomerVersion Customer)
{
    public decimal Revenue => Sale.Revenue;

    public DateOnly Month => new(Sale.SaleDate.Year, Sale.SaleDate.Month, 1);

    public DateOnly Quarter => new(Sale.SaleDate.Year, (Sale.SaleDate.Month - 1) / 3 * 3 + 1, 1);

    /// <summary>year * 4 + quarter, as cohort_retention.sql numbers quarters.</summary>
    public int QuarterNumber => Sale.SaleDate.Year * 4 + (Sale.SaleDate.Month - 1) / 3 + 1;

    public int Year => Sale.SaleDate.Year;

    public string Season => Sale.SaleDate.Month switch
    {
        12 or 1 or 2 => "winter",
        3 or 4 or 5 => "spring",
        6 or 7 or 8 => "summer",
        _ => "autumn",
    };

    public string AgeBand => Customer.Age switch
    {
        < 18 => "14-17",
        < 25 => "18-24",
        < 35 => "25-34",
        < 45 => "35-44",
        < 55 => "45-54",
        < 65 => "55-64",
        _ => "65+",
    };
}
