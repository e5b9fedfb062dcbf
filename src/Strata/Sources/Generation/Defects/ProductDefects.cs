using System.Globalization;
using Strata.Sources.Generation.Output;
using Strata.Sources.Generation.Products;

namespace Strata.Sources.Generation.Defects;

/// <summary>Faults a product feed has: repeats, clashing ids, missing values, zero or broken prices, messy text.</summary>
internal sealed class ProductDefects(int genuineProducts) : TableDefects(
    ProductRows.Id,
    requiredColumns: [ProductRows.Name, ProductRows.Category, ProductRows.Price],
    numberColumns: [ProductRows.Price],
    textColumns: [ProductRows.Category, ProductRows.Supplier])
{
    /// <summary>The next product number above every genuine one; extra rows take them in turn.</summary>
    public int NextFreshNumber { get; private set; } = genuineProducts + 1;

    public override IReadOnlyList<DefectKind> Kinds { get; } =
    [
        DefectKind.ExactDuplicate, DefectKind.ConflictingDuplicate, DefectKind.MissingRequired, DefectKind.NonPositivePrice,
        DefectKind.UnparseableNumber, DefectKind.StrayWhitespaceCase,
    ];

    protected override string NextFreshId() => Product.IdFor(NextFreshNumber++);

    protected override void ApplyOwn(DefectKind kind, string[] row, Random random)
    {
        switch (kind)
        {
            case DefectKind.ConflictingDuplicate:
                // Same stock code at a clearly different price (at least a quarter more): a clashing price list.
                var price = decimal.Parse(row[ProductRows.Price], CultureInfo.InvariantCulture);
                row[ProductRows.Price] = CsvText.Money(Pricing.Tag((double)price * 1.25 + 10));
                break;
            case DefectKind.NonPositivePrice:
                row[ProductRows.Price] = Faults.NonPositiveMoney(row[ProductRows.Price], random);
                break;
            default:
                throw NotMine(kind);
        }
    }
}
