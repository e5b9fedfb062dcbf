namespace Strata.Contracts;

/// <summary>A business table defined once: its columns in order and its key. Every tier derives from it.</summary>
public sealed record TableContract(string Name, string Key, IReadOnlyList<ColumnContract> Columns)
{
    public ColumnContract Column(string name) =>
        Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new ArgumentException($"Table {Name} has no column '{name}'.", nameof(name));

    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);
}
