using Npgsql;
using Strata.Contracts;
using Strata.Sources.Csv;
using Strata.Sources.OnlineRetail;

namespace Strata.Postgres.Ingest;

/// <summary>
/// One Online Retail II export: every line cleaned in C# and binary-COPied once into its own staging, then,
/// table by table in load order, SQL derives that table's staging (customers and products collapsed from
/// the sale lines that mention them) and the table's standard merge runs. One transaction for the file.
/// </summary>
internal sealed class OnlineRetailFileLoader(NpgsqlConnection connection, Guid runId, DateTime nowUtc) : IFileLoader
{
    private static readonly StagingLayout Lines = new(
        "postgres/ingest/online_retail/create_lines.sql", "postgres/ingest/online_retail/copy_lines.sql", OnlineRetailLineCleaner.Kinds);

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
        var cleaner = new OnlineRetailLineCleaner(header, nowUtc);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await IngestSql.ExecuteAsync(connection, Lines.CreateSql, cancellationToken);
        await StagingCopy.CopyAsync(connection, Lines, StagedRows.FromAsync(reader, cleaner.Clean, bytesRead, cancellationToken), cancellationToken);
        var counts = new Dictionary<string, TableCounts>();
        foreach (var table in RawTables.All)
        {
            await IngestSql.ExecuteAsync(connection, StagingLayout.For(table).CreateSql, cancellationToken);
            await IngestSql.ExecuteAsync(connection, $"postgres/ingest/online_retail/stage_{table.Name}.sql", cancellationToken);
            counts[table.Name] = await TableMerge.MergeAsync(connection, runId, table, reader.FileName, cancellationToken);
            await IngestSql.ExecuteAsync(connection, "postgres/ingest/drop_staging.sql", cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }
}
