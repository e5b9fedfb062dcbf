namespace Strata.Sources.Generation.Defects;

/// <summary>
/// The defects one table can carry and how each is written into a copy of a genuine row. The faults every
/// table shares (a fresh id for extra rows, an empty required value, a broken number, messy categorical
/// text) are written here from the table's column lists; each table adds its own.
/// </summary>
internal abstract class TableDefects(int idColumn, int[] requiredColumns, int[] numberColumns, int[] textColumns)
{
    public abstract IReadOnlyList<DefectKind> Kinds { get; }

    /// <summary>
    /// Turns <paramref name="row"/> (a copy of a genuine row) into one carrying <paramref name="kind"/>:
    /// extra-row kinds get a fresh id and exactly one fault, so each quarantined row has one clear reason.
    /// Never called for exact duplicates, which are verbatim.
    /// </summary>
    public void Apply(DefectKind kind, string[] row, Random random)
    {
        if (kind.Placement() == DefectPlacement.ExtraRow)
        {
            row[idColumn] = NextFreshId();
        }
        switch (kind)
        {
            case DefectKind.MissingRequired:
                row[Faults.Pick(requiredColumns, random)] = "";
                break;
            case DefectKind.UnparseableNumber:
                row[Faults.Pick(numberColumns, random)] = Faults.Number(random);
                break;
            case DefectKind.StrayWhitespaceCase:
                var column = Faults.Pick(textColumns, random);
                row[column] = Faults.Scramble(row[column], random);
                break;
            default:
                ApplyOwn(kind, row, random);
                break;
        }
    }

    /// <summary>An id above every genuine one, different each time.</summary>
    protected abstract string NextFreshId();

    /// <summary>Writes the defects particular to this table.</summary>
    protected abstract void ApplyOwn(DefectKind kind, string[] row, Random random);

    protected ArgumentOutOfRangeException NotMine(DefectKind kind) => new(nameof(kind), kind, $"{GetType().Name} does not make {kind.Name()}.");
}
