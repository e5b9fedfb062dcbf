using Strata.Sources.Generation.Output;
using Strata.Sources.Generation.Products;
using Strata.Sources.Generation.Sales;

namespace Strata.Sources.Generation.Defects;

/// <summary>
/// Faults a sales feed has. Unknown references point above every id the customer and product files hold,
/// extra defective rows included, so they are unknown whatever the ingest made of those.
/// </summary>
internal sealed class SaleDefects(long genuineSales, int firstUnknownCustomer, int firstUnknownProduct) : TableDefects
{
    private static readonly int[] RequiredColumns = [SaleRows.Date, SaleRows.Product, SaleRows.Customer, SaleRows.Quantity, SaleRows.Price];
    private static readonly int[] NumberColumns = [SaleRows.Quantity, SaleRows.Price];

    private long nextFreshId = genuineSales + 1;
    private int unknownReferences;

    public override IReadOnlyList<DefectKind> Kinds { get; } =
    [
        DefectKind.ExactDuplicate, DefectKind.ConflictingDuplicate, DefectKind.MissingRequired, DefectKind.NonPositiveQuantity,
        DefectKind.NonPositivePrice, DefectKind.UnparseableNumber, DefectKind.UnparseableDate, DefectKind.FutureDate,
        DefectKind.UnknownReference, DefectKind.MixedDateFormat,
    ];

    public override void Apply(DefectKind kind, string[] row, Random random)
    {
        if (kind.Placement() == DefectPlacement.ExtraRow)
        {
            row[SaleRows.Id] = CsvText.Integer(nextFreshId++);
        }
        switch (kind)
        {
            case DefectKind.ConflictingDuplicate:
                // Same sale id, more units: a corrected line re-sent without being marked as a correction.
                row[SaleRows.Quantity] = CsvText.Integer(int.Parse(row[SaleRows.Quantity], System.Globalization.CultureInfo.InvariantCulture) + 1 + random.Next(3));
                break;
            case DefectKind.MissingRequired:
                row[Faults.Pick(RequiredColumns, random)] = "";
                break;
            case DefectKind.NonPositiveQuantity:
                row[SaleRows.Quantity] = CsvText.Integer(-random.Next(4));
                break;
            case DefectKind.NonPositivePrice:
                row[SaleRows.Price] = Faults.NonPositiveMoney(row[SaleRows.Price], random);
                break;
            case DefectKind.UnparseableNumber:
                row[Faults.Pick(NumberColumns, random)] = Faults.Number(random);
                break;
            case DefectKind.UnparseableDate:
                row[SaleRows.Date] = Faults.Date(random);
                break;
            case DefectKind.FutureDate:
                var when = CsvText.ParseTimestamp(row[SaleRows.Date]);
                row[SaleRows.Date] = CsvText.Timestamp(when.AddYears(2090 + random.Next(10) - when.Year));
                break;
            case DefectKind.UnknownReference:
                var offset = unknownReferences++;
                if (random.Next(2) == 0)
                {
                    row[SaleRows.Product] = Product.IdFor(firstUnknownProduct + (long)offset);
                }
                else
                {
                    row[SaleRows.Customer] = CsvText.Integer(firstUnknownCustomer + (long)offset);
                }
                break;
            case DefectKind.MixedDateFormat:
                row[SaleRows.Date] = Faults.AlternativeTimestamp(CsvText.ParseTimestamp(row[SaleRows.Date]), random);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a sale defect.");
        }
    }
}
