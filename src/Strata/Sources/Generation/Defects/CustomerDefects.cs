using Strata.Sources.Generation.Catalogues;
using Strata.Sources.Generation.Customers;
using Strata.Sources.Generation.Output;

namespace Strata.Sources.Generation.Defects;

/// <summary>Faults a customer feed has: repeats, clashing ids, a missing or broken registration date, a broken age, messy text.</summary>
internal sealed class CustomerDefects(int genuineCustomers) : TableDefects(
    CustomerRows.Id,
    requiredColumns: [CustomerRows.Registered],
    numberColumns: [CustomerRows.Age],
    textColumns: [CustomerRows.City, CustomerRows.Region, CustomerRows.Country])
{
    /// <summary>The next id above every genuine one; extra rows take them in turn.</summary>
    public int NextFreshNumber { get; private set; } = genuineCustomers + 1;

    public override IReadOnlyList<DefectKind> Kinds { get; } =
    [
        DefectKind.ExactDuplicate, DefectKind.ConflictingDuplicate, DefectKind.MissingRequired, DefectKind.UnparseableNumber,
        DefectKind.UnparseableDate, DefectKind.MixedDateFormat, DefectKind.StrayWhitespaceCase,
    ];

    protected override string NextFreshId() => CsvText.Integer(NextFreshNumber++);

    protected override void ApplyOwn(DefectKind kind, string[] row, Random random)
    {
        switch (kind)
        {
            case DefectKind.ConflictingDuplicate:
                // Same id, but living somewhere else: a conflicting update of the same customer.
                var city = Faults.Pick(CityCatalogue.All.Where(c => c.Name != row[CustomerRows.City]).ToList(), random);
                row[CustomerRows.City] = city.Name;
                row[CustomerRows.Region] = city.Region;
                break;
            case DefectKind.UnparseableDate:
                row[CustomerRows.Registered] = Faults.Date(random);
                break;
            case DefectKind.MixedDateFormat:
                row[CustomerRows.Registered] = Faults.AlternativeDate(CsvText.ParseDate(row[CustomerRows.Registered]), random);
                break;
            default:
                throw NotMine(kind);
        }
    }
}
