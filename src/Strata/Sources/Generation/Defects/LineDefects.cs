using System.Globalization;
using Strata.Sources.Generation.Output;
using Strata.Sources.Generation.Products;

namespace Strata.Sources.Generation.Defects;

/// <summary>
/// Faults a sales or a returns feed has (both are lines of goods, <see cref="LineColumns"/>). Extra rows take ids from
/// <paramref name="firstFreshId"/> up, above every genuine id. Unknown references point above every id the customer
/// and product files hold, extra defective rows included, so they are unknown whatever the ingest made of those.
/// </summary>
internal sealed class LineDefects(LineColumns columns, long firstFreshId, int firstUnknownCustomer, int firstUnknownProduct) : TableDefects(
    columns.Id,
    requiredColumns: [columns.Date, columns.Product, columns.Customer, columns.Quantity, columns.Price],
    numberColumns: [columns.Quantity, columns.Price],
    textColumns: [])
{
    /// <summary>Future-date defects land in this year or the nine after it.</summary>
    public const int FutureYear = 2090;

    private long nextFreshId = firstFreshId;
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
                // Same id, more units: a corrected line re-sent without being marked as a correction.
                row[columns.Quantity] = CsvText.Integer(int.Parse(row[columns.Quantity], CultureInfo.InvariantCulture) + 1 + random.Next(3));
                break;
            case DefectKind.NonPositiveQuantity:
                row[columns.Quantity] = CsvText.Integer(-random.Next(4));
                break;
            case DefectKind.NonPositivePrice:
                row[columns.Price] = Faults.NonPositiveMoney(row[columns.Price], random);
                break;
            case DefectKind.UnparseableDate:
                row[columns.Date] = Faults.Date(random);
                break;
            case DefectKind.FutureDate:
                var when = CsvText.ParseTimestamp(row[columns.Date]);
                row[columns.Date] = CsvText.Timestamp(when.AddYears(FutureYear + random.Next(10) - when.Year));
                break;
            case DefectKind.UnknownReference:
                var offset = unknownReferences++;
                if (random.Next(2) == 0)
                {
                    row[columns.Product] = Product.IdFor(firstUnknownProduct + (long)offset);
                }
                else
                {
                    row[columns.Customer] = CsvText.Integer(firstUnknownCustomer + (long)offset);
                }
                break;
            case DefectKind.MixedDateFormat:
                row[columns.Date] = Faults.AlternativeTimestamp(CsvText.ParseTimestamp(row[columns.Date]), random);
                break;
            default:
                throw NotMine(kind);
        }
    }
}
