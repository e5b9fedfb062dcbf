using Strata.Contracts;
using Strata.Sources.Generation.Output;

namespace Strata.Sources.Generation.Returns;

/// <summary>Column positions of a returns_data.csv row.</summary>
internal static class ReturnRows
{
    public static readonly int Id = Column("return_id");
    public static readonly int Date = Column("return_date");
    public static readonly int Product = Column("product_id");
    public static readonly int Customer = Column("customer_id");
    public static readonly int Quantity = Column("quantity");
    public static readonly int Price = Column("price");
    public static readonly int CancelledInvoice = Column("cancelled_invoice");

    public static readonly LineColumns Line = new(Id, Date, Product, Customer, Quantity, Price);

    public static int Width => RawTables.Returns.Columns.Count;

    private static int Column(string name) => ColumnIndex.Of(RawTables.Returns, name);
}
