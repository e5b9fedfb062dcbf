using Strata.Contracts;
using Strata.Sources.Csv;

namespace Strata.Sources;

/// <summary>
/// Cleans a source's record exactly as a CSV row of the same table: the record's fields are laid out as a file whose
/// header names every contract column, then <see cref="StrataRowCleaner"/> applies the contract's rules and reasons.
/// </summary>
public sealed class SourceRowCleaner(TableContract table, DateTime nowUtc)
{
    private readonly StrataRowCleaner cleaner = new(new HeaderMap(table, [.. table.Columns.Select(column => column.Name)]), nowUtc);

    public StagedRow Clean(SourceRecord record) => cleaner.Clean(new CsvRecord(
        record.Position,
        [.. table.Columns.Select(column => record.Fields.GetValueOrDefault(column.Name) ?? "")],
        record.RawRecord,
        record.Malformation));
}
