using Strata.Sources.Generation.Output;
using Strata.Sources.Generation.Products;

namespace Strata.Sources.Generation.Defects;

/// <summary>Faults a product feed has: repeats, clashing ids, missing values, zero or broken prices, messy text.</summary>
internal sealed class ProductDefects(int genuineProducts) : TableDefects
{
    private static readonly int[] RequiredColumns = [ProductRows.Name, ProductRows.Category, ProductRows.Price];
    private static readonly int[] TextColumns = [ProductRows.Category, ProductRows.Supplier];

    /// <summary>The next product number above every genuine one; extra rows take them in turn.</summary>
    public int NextFreshNumber { get; private set; } = genuineProducts + 1;

    public override IReadOnlyList<DefectKind> Kinds { get; } =
    [
        DefectKind.ExactDuplicate, DefectKind.ConflictingDuplicate, DefectKind.MissingRequired, DefectKind.NonPositivePrice,
        DefectKind.UnparseableNumber, DefectKind.StrayWhitespaceCase,
    ];

    public override void Apply(DefectKind kind, string[] row, Random random)
    {
        if (kind.Placement() == DefectPlacement.ExtraRow)
        {
            row[ProductRows.Id] = Product.IdFor(NextFreshNumber++);
        }
        switch (kind)
        {
            case DefectKind.ConflictingDuplicate:
                // Same stock code at a clearly different price (at least a quarter more): a clashing price list.
                var price = decimal.Parse(row[ProductRows.Price], System.Globalization.CultureInfo.InvariantCulture);
                row[ProductRows.Price] = CsvText.Money(Pricing.Tag((double)price * 1.25 + 10));
                break;
            case DefectKind.MissingRequired:
                row[Faults.Pick(RequiredColumns, random)] = "";
                break;
            case DefectKind.NonPositivePrice:
                row[ProductRows.Price] = Faults.NonPositiveMoney(row[ProductRows.Price], random);
                break;
            case DefectKind.UnparseableNumber:
                row[ProductRows.Price] = Faults.Number(random);
                break;
            case DefectKind.StrayWhitespaceCase:
                var column = Faults.Pick(TextColumns, random);
                row[column] = Faults.Scramble(row[column], random);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a product defect.");
        }
    }
}
