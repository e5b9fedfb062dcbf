using System.Globalization;
using Strata.Sources.Generation.Output;
using Strata.Sources.Generation.Products;
using Strata.Sources.Generation.Sales;

namespace Strata.Sources.Generation.Defects;

/// <summary>
/// Faults a sales feed has. Unknown references point above every id the customer and product files hold,
/// extra defective rows included, so they are unknown whatever the ingest made of those.
/// </summary>
internal sealed class SaleDefects(long genuineSales, int firstUnknownCustomer, int firstUnknownProduct) : TableDefects(
    SaleRows.Id,
    requiredColumns: [SaleRows.Date, SaleRows.Product, SaleRows.Customer, SaleRows.Quantity, SaleRows.Price],
    numberColumns: [SaleRows.Quantity, SaleRows.Price],
    textColumns: [])
{
    /// <summary>Future-date defects land in this year or the nine after it.</summary>
    public const int FutureYear = 2090;

    private long nextFreshId = genuineSales + 1;
    private int unknownReferences;

    public override IReadOnlyList<DefectKind> Kinds { get; } =
    [
        DefectKind.ExactDuplicate, DefectKind.ConflictingDuplicate, DefectKind.MissingRequired, DefectKind.NonPositiveQuantity,
        DefectKind.NonPositivePrice, DefectKind.UnparseableNumber, DefectKind.UnparseableDate, DefectKind.FutureDate,
        DefectKind.UnknownReference, DefectKind.MixedDateFormat,
    ];

    protected override string NextFreshId() => CsvText.Integer(nextFreshId++);

    protected override void ApplyOwn(DefectKind kind, string[] row, Random random)
    {
        switch (kind)
        {
            case DefectKind.ConflictingDuplicate:
                // Same sale id, more units: a corrected line re-sent without being marked as a correction.
                row[SaleRows.Quantity] = CsvText.Integer(int.Parse(row[SaleRows.Quantity], CultureInfo.InvariantCulture) + 1 + random.Next(3));
                break;
            case DefectKind.NonPositiveQuantity:
                row[SaleRows.Quantity] = CsvText.Integer(-random.Next(4));
                break;
            case DefectKind.NonPositivePrice:
                row[SaleRows.Price] = Faults.NonPositiveMoney(row[SaleRows.Price], random);
                break;
            case DefectKind.UnparseableDate:
                row[SaleRows.Date] = Faults.Date(random);
                break;
            case DefectKind.FutureDate:
                var when = CsvText.ParseTimestamp(row[SaleRows.Date]);
                row[SaleRows.Date] = CsvText.Timestamp(when.AddYears(FutureYear + random.Next(10) - when.Year));
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
                throw NotMine(kind);
        }
    }
}
