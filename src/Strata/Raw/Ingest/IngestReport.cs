using Strata.Contracts;
using Strata.Sources;

namespace Strata.Raw.Ingest;

public enum FileStatus
{
    Loaded,
    Refused,
}

/// <summary>One input file: loaded (with its counts per table) or refused (with the reason).</summary>
public sealed record FileReport(string File, FileStatus Status, string? Message, IReadOnlyDictionary<string, TableCounts> Tables)
{
    public static FileReport Loaded(string file, IReadOnlyDictionary<string, TableCounts> tables) => new(file, FileStatus.Loaded, null, tables);

    public static FileReport Refused(FileRefusedException refusal) =>
        new(refusal.FileName, FileStatus.Refused, refusal.Message, new Dictionary<string, TableCounts>());
}

/// <summary>
/// An ingest run: every file's outcome, and the counts per business table summed over the files; returns_data only
/// when a file loaded returns (an Online Retail II export, a returns_data file), so an ingest of the three tables'
/// files alone reports those three.
/// </summary>
public sealed record IngestReport(IReadOnlyList<FileReport> Files)
{
    public IReadOnlyDictionary<string, TableCounts> Tables => RawTables.WithReturns
        .Where(table => RawTables.All.Contains(table) || Files.Any(file => file.Tables.ContainsKey(table.Name)))
        .ToDictionary(
        table => table.Name,
        table => Files.Aggregate(TableCounts.None, (sum, file) => file.Tables.TryGetValue(table.Name, out var counts) ? sum.Add(counts) : sum));

    public bool AnyRefused => Files.Any(file => file.Status == FileStatus.Refused);
}
