using Strata.Contracts;
using Strata.Sources.Generation.Output;

namespace Strata.Sources.Generation.Sales;

/// <summary>Column positions of a sales_data.csv row.</summary>
internal static class SaleRows
{
    public static readonly int Id = Column("sale_id");
    public static readonly int Date = Column("sale_date");
    public static readonly int Product = Column("product_id");
    public static readonly int Customer = Column("customer_id");
    public static readonly int Quantity = Column("quantity");
    public static readonly int Price = Column("price");

    public static readonly LineColumns Line = new(Id, Date, Product, Customer, Quantity, Price);

    public static int Width => RawTables.Sales.Columns.Count;

    private static int Column(string name) => ColumnIndex.Of(RawTables.Sales, name);
}
