using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Strata.Contracts;
using Strata.Sources;
using Strata.Sql;

namespace Strata.Raw.Ingest;

/// <summary>
/// Streams staged rows into a staging table with one binary COPY: no row is held longer than it takes to
/// write it, and PostgreSQL parses nothing (the values are already typed).
/// </summary>
internal static class StagingCopy
{
    public static async Task CopyAsync(
        IngestSession session, StagingLayout layout, string sourceFile, IAsyncEnumerable<StagedRow> rows, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var importer = await session.Connection.BeginBinaryImportAsync(Statement(layout.CopySql), cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(row.LineNumber, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(row.RawRecord, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(importer, row.RejectReason, ValueKind.Text, cancellationToken);
            for (var i = 0; i < layout.Kinds.Count; i++)
            {
                await WriteAsync(importer, row.Values[i], layout.Kinds[i], cancellationToken);
            }
        }
        var staged = await importer.CompleteAsync(cancellationToken);
        IngestLog.Staged(session.Logger, sourceFile, staged, clock.ElapsedMilliseconds);
    }

    /// <summary>The COPY statement without its header comment: Npgsql requires the text to start with COPY.</summary>
    private static string Statement(string path) =>
        string.Join('\n', SqlCatalog.Read(path).Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal)));

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, ValueKind kind, CancellationToken cancellationToken) => value switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        _ => kind switch
        {
            ValueKind.SmallInteger => importer.WriteAsync((short)value, NpgsqlDbType.Smallint, cancellationToken),
            ValueKind.Integer => importer.WriteAsync((int)value, NpgsqlDbType.Integer, cancellationToken),
            ValueKind.BigInteger => importer.WriteAsync((long)value, NpgsqlDbType.Bigint, cancellationToken),
            ValueKind.Money => importer.WriteAsync((decimal)value, NpgsqlDbType.Numeric, cancellationToken),
            ValueKind.Date => importer.WriteAsync((DateOnly)value, NpgsqlDbType.Date, cancellationToken),
            ValueKind.Timestamp => importer.WriteAsync((DateTime)value, NpgsqlDbType.TimestampTz, cancellationToken),
            _ => importer.WriteAsync((string)value, NpgsqlDbType.Text, cancellationToken),
        },
    };
}
