using Strata.Contracts;

namespace Strata.Sources.Generation.Output;

/// <summary>Positions of columns in a written row, taken from the contract so rows and headers cannot disagree.</summary>
internal static class ColumnIndex
{
    public static int Of(TableContract table, string column)
    {
        var index = table.ColumnNames.ToList().IndexOf(column);
        return index >= 0 ? index : throw new ArgumentException($"Table {table.Name} has no column '{column}'.", nameof(column));
    }
}
