using Strata.Contracts;
using Strata.Postgres;
using Strata.Sources.Csv;
using Strata.Sql;

namespace Strata.Raw.Ingest;

/// <summary>
/// One Strata CSV file: recognise its table, clean every row in C#, binary COPY them into staging, then
/// merge with the table's SQL, all inside one transaction.
/// </summary>
internal sealed class StrataFileLoader(IngestSession session) : IFileLoader
{
    public async Task<int> LoadOrderAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = CsvRecordReader.Open(path);
        var header = await RecogniseAsync(reader, cancellationToken);
        return RawTables.All.ToList().IndexOf(header.Table);
    }

    public async Task<IReadOnlyDictionary<string, TableCounts>> LoadAsync(string path, Action<long> bytesRead, CancellationToken cancellationToken)
    {
        using var reader = CsvRecordReader.Open(path);
        var header = await RecogniseAsync(reader, cancellationToken);
        var cleaner = new StrataRowCleaner(header, session.NowUtc);
        var layout = StagingLayout.For(header.Table);
        await using var transaction = await session.Connection.BeginTransactionAsync(cancellationToken);
        await session.Connection.ExecuteAsync(SqlCatalog.Read(layout.CreateSql), cancellationToken);
        await StagingCopy.CopyAsync(session, layout, reader.FileName,
            StagedRows.FromAsync(reader, cleaner.Clean, bytesRead, cancellationToken), cancellationToken);
        var counts = await TableMerge.MergeAsync(session, header.Table, reader.FileName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Dictionary<string, TableCounts> { [header.Table.Name] = counts };
    }

    private static async Task<HeaderMap> RecogniseAsync(CsvRecordReader reader, CancellationToken cancellationToken) =>
        TableRecognition.Recognise(reader.FileName, await reader.ReadHeaderAsync(cancellationToken));
}
