namespace Strata.Sources.Generation.Defects;

/// <summary>The defects one table can carry and how each is written into a copy of a genuine row.</summary>
internal abstract class TableDefects
{
    public abstract IReadOnlyList<DefectKind> Kinds { get; }

    /// <summary>
    /// Turns <paramref name="row"/> (a copy of a genuine row) into one carrying <paramref name="kind"/>:
    /// extra-row kinds get a fresh id and exactly one fault, so each quarantined row has one clear reason.
    /// Never called for exact duplicates, which are verbatim.
    /// </summary>
    public abstract void Apply(DefectKind kind, string[] row, Random random);
}
