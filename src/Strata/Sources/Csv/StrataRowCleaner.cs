using Strata.Sources.Cleaning;

namespace Strata.Sources.Csv;

/// <summary>
/// Turns one record of a Strata CSV file into a staged row: every contract column cleaned, and every problem
/// of the row (ragged, malformed, each bad value) joined into one reason so the source can be fixed in one go.
/// </summary>
public sealed class StrataRowCleaner(HeaderMap header, DateTime nowUtc)
{
    private readonly ColumnCleaner[] columns = [.. header.Table.Columns.Select(column => new ColumnCleaner(column, nowUtc))];

    public StagedRow Clean(CsvRecord record)
    {
        var values = new object?[columns.Length];
        if (record.Fields.Length != header.FieldCount)
        {
            return Rejected(record, values, RejectReasons.Ragged(header.FieldCount, record.Fields.Length));
        }
        if (record.Malformation is not null)
        {
            return Rejected(record, values, record.Malformation);
        }
        List<string>? problems = null;
        for (var i = 0; i < columns.Length; i++)
        {
            if (!columns[i].TryClean(header.Field(record.Fields, i), out values[i], out var problem))
            {
                (problems ??= []).Add(problem);
            }
        }
        return problems is null
            ? new StagedRow(record.LineNumber, record.RawRecord, null, values)
            : Rejected(record, values, string.Join("; ", problems));
    }

    private static StagedRow Rejected(CsvRecord record, object?[] values, string reason) =>
        new(record.LineNumber, record.RawRecord, reason, values);
}
