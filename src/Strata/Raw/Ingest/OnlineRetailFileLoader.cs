using Strata.Contracts;
using Strata.Postgres;
using Strata.Sources.Csv;
using Strata.Sources.OnlineRetail;
using Strata.Sql;

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

    public async Task<int> LoadOrderAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = CsvRecordReader.Open(path);
        OnlineRetailHeader.Recognise(reader.FileName, await reader.ReadHeaderAsync(cancellationToken));
        return 0;
    }

    public async Task<IReadOnlyDictionary<string, TableCounts>> LoadAsync(string path, Action<long> bytesRead, CancellationToken cancellationToken)
    {
        using var reader = CsvRecordReader.Open(path);
        var header = OnlineRetailHeader.Recognise(reader.FileName, await reader.ReadHeaderAsync(cancellationToken));
        var cleaner = new OnlineRetailLineCleaner(header, session.NowUtc);
        await using var transaction = await session.Connection.BeginTransactionAsync(cancellationToken);
        await session.Connection.ExecuteAsync(SqlCatalog.Read(Lines.CreateSql), cancellationToken);
        await StagingCopy.CopyAsync(session, Lines, reader.FileName,
            StagedRows.FromAsync(reader, cleaner.Clean, bytesRead, cancellationToken), cancellationToken);
        var counts = new Dictionary<string, TableCounts>();
        foreach (var table in RawTables.WithReturns)
        {
            await session.Connection.ExecuteAsync(SqlCatalog.Read(StagingLayout.For(table).CreateSql), cancellationToken);
            await session.Connection.ExecuteAsync(SqlCatalog.Read($"raw/ingest/online_retail/stage_{table.Name}.sql"), cancellationToken);
            counts[table.Name] = await TableMerge.MergeAsync(session, table, reader.FileName, cancellationToken);
            await session.Connection.ExecuteAsync(SqlCatalog.Read("raw/ingest/drop_staging.sql"), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }
}
