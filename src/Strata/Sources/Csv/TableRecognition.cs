using Strata.Contracts;

namespace Strata.Sources.Csv;

/// <summary>
/// Which business table a Strata CSV file holds: the one its file name starts with (customer_data.csv,
/// sales_data_2024.csv, returns_data.csv), otherwise the one whose required columns its header names. A file that fits
/// no table is refused with the file name and the columns it lacks.
/// </summary>
public static class TableRecognition
{
    public static HeaderMap Recognise(string fileName, IReadOnlyList<string> header)
    {
        var maps = RawTables.WithReturns.Select(table => new HeaderMap(table, header)).ToList();
        var named = maps.FirstOrDefault(map => fileName.StartsWith(map.Table.Name, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            return named.MissingRequired.Count == 0
                ? named
                : throw new FileRefusedException(fileName, $"missing required column(s) {string.Join(", ", named.MissingRequired)} for {named.Table.Name}");
        }
        var complete = maps.Where(map => map.MissingRequired.Count == 0).OrderByDescending(map => map.Matched).FirstOrDefault();
        if (complete is not null)
        {
            return complete;
        }
        var closest = maps.MaxBy(map => map.Matched)!;
        throw new FileRefusedException(fileName,
            $"not a {string.Join(", ", RawTables.WithReturns.Select(t => t.Name))} file: its header lacks required columns " +
            $"(closest is {closest.Table.Name}, missing {string.Join(", ", closest.MissingRequired)})");
    }
}
