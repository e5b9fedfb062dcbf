using Strata.Contracts;
using Strata.Sources.Csv;

namespace Strata.Raw.Ingest;

/// <summary>
/// One Strata CSV file: recognise its table, clean every row in C#, binary COPY them into staging,
/// then merge with the table's SQL, all inside one transaction.
/// </summary>
internal sealed class StrataFileLoader(IngestSession session) : IFileLoader
{
    public int LoadOrder(string path, CancellationToken cancellationToken)
    {
        using var reader = CsvRecordReader.Open(path);
        return RawTables.WithReturns.ToList().IndexOf(Recognise(reader, cancellationToken).Table);
    }

    public async Task<IReadOnlyDictionary<string, TableCounts>> LoadAsync(string path, Action<long> bytesRead, CancellationToken cancellationToken)
    {
        using var reader = CsvRecordReader.Open(path);
        var header = Recognise(reader, cancellationToken);
        var cleaner = new StrataRowCleaner(header, session.NowUtc);
        var layout = StagingLayout.For(header.Table);
        await using var transaction = await session.Connection.BeginTransactionAsync(cancellationToken);
        await session.ExecuteAsync(layout.CreateSql, cancellationToken);
        var staged = await StagingCopy.CopyAsync(session, layout, reader.FileName,
            StagedRows.From(reader, cleaner.Clean, bytesRead, cancellationToken), cancellationToken);
        var counts = await TableMerge.MergeAsync(session, header.Table, reader.FileName, staged.KeysAscend, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Dictionary<string, TableCounts> { [header.Table.Name] = counts };
    }

    private static HeaderMap Recognise(CsvRecordReader reader, CancellationToken cancellationToken) =>
        TableRecognition.Recognise(reader.FileName, reader.ReadHeader(cancellationToken));
}
