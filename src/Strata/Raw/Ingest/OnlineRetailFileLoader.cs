using Strata.Contracts;
using Strata.Sources.Csv;
using Strata.Sources.OnlineRetail;

namespace Strata.Raw.Ingest;

/// <summary>
/// One Online Retail II export: every line cleaned in C# and binary-COPied once into its own staging, then,
/// table by table in load order, SQL derives that table's staging (customers and products collapsed from
/// the lines that mention them; sales and returns split by the line's kind) and the table's standard merge runs.
/// One transaction for the file.
/// </summary>
internal sealed class OnlineRetailFileLoader(IngestSession session) : IFileLoader
{
    private static readonly StagingLayout Lines = new(
        "raw/ingest/online_retail/create_lines.sql", "raw/ingest/online_retail/copy_lines.sql", OnlineRetailLineCleaner.Kinds);

    public int LoadOrder(string path, CancellationToken cancellationToken)
    {
        using var reader = CsvRecordReader.Open(path);
        OnlineRetailHeader.Recognise(reader.FileName, reader.ReadHeader(cancellationToken));
        return 0;
    }

    public async Task<IReadOnlyDictionary<string, TableCounts>> LoadAsync(string path, Action<long> bytesRead, CancellationToken cancellationToken)
    {
        using var reader = CsvRecordReader.Open(path);
        var header = OnlineRetailHeader.Recognise(reader.FileName, reader.ReadHeader(cancellationToken));
        var cleaner = new OnlineRetailLineCleaner(header, session.NowUtc);
        await using var transaction = await session.Connection.BeginTransactionAsync(cancellationToken);
        await session.ExecuteAsync(Lines.CreateSql, cancellationToken);
        await StagingCopy.CopyAsync(session, Lines, reader.FileName,
            StagedRows.From(reader, cleaner.Clean, bytesRead, cancellationToken), cancellationToken);
        var counts = new Dictionary<string, TableCounts>();
        foreach (var table in RawTables.WithReturns)
        {
            await session.ExecuteAsync(StagingLayout.For(table).CreateSql, cancellationToken);
            await session.ExecuteAsync($"raw/ingest/online_retail/stage_{table.Name}.sql", cancellationToken);
            // Customers and products are staged once per mention, so their keys repeat by design.
            counts[table.Name] = await TableMerge.MergeAsync(session, table, reader.FileName, keysAscend: false, cancellationToken);
            await session.ExecuteAsync("raw/ingest/drop_staging.sql", cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }
}
