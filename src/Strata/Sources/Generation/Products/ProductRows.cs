using Strata.Contracts;
using Strata.Sources.Generation.Catalogues;
using Strata.Sources.Generation.Output;

namespace Strata.Sources.Generation.Products;

/// <summary>A product as a product_data.csv row, at its current (last) price.</summary>
internal static class ProductRows
{
    public static readonly int Id = Column("product_id");
    public static readonly int Name = Column("name");
    public static readonly int Category = Column("category");
    public static readonly int Supplier = Column("supplier");
    public static readonly int Price = Column("price");

    public static int Width => RawTables.Products.Columns.Count;

    public static void Render(Product product, string[] row)
    {
        row[Id] = product.Id;
        row[Name] = product.Name;
        row[Category] = CategoryCatalogue.All[product.Category].Name;
        row[Supplier] = product.Supplier;
        row[Price] = CsvText.Money(product.CurrentPrice);
    }

    private static int Column(string name) => ColumnIndex.Of(RawTables.Products, name);
}
