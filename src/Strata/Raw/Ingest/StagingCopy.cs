using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Strata.Contracts;
using Strata.Sources;
using Strata.Sql;

namespace Strata.Raw.Ingest;

/// <summary>What a staging COPY wrote: how many rows, and whether the clean rows' keys came in ascending order (<see cref="AscendingKeys"/>).</summary>
internal sealed record StagedFile(ulong Rows, bool KeysAscend);

/// <summary>
/// Streams staged rows into a staging table with one binary COPY: no row is held longer than it takes to
/// write it, and PostgreSQL parses nothing (the values are already typed). Values are written synchronously: each
/// lands in Npgsql's buffer, and only a full buffer goes to the socket, so an awaited call per value would cost
/// more than the write itself.
/// </summary>
internal static class StagingCopy
{
    public static async Task<StagedFile> CopyAsync(
        IngestSession session, StagingLayout layout, string sourceFile, IEnumerable<StagedRow> rows, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var keys = new AscendingKeys();
        await using var importer = await session.Connection.BeginBinaryImportAsync(SqlCatalog.ReadCopy(layout.CopySql), cancellationToken);
        foreach (var row in rows)
        {
            WriteRow(importer, layout, row, keys);
        }
        return await CompleteAsync(session, importer, sourceFile, keys, clock, cancellationToken);
    }

    /// <summary>Rows that arrive as a source serves them (an API page): each written as it comes, as a file's rows are.</summary>
    public static async Task<StagedFile> CopyAsync(
        IngestSession session, StagingLayout layout, string sourceFile, IAsyncEnumerable<StagedRow> rows, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var keys = new AscendingKeys();
        await using var importer = await session.Connection.BeginBinaryImportAsync(SqlCatalog.ReadCopy(layout.CopySql), cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRow(importer, layout, row, keys);
        }
        return await CompleteAsync(session, importer, sourceFile, keys, clock, cancellationToken);
    }

    private static void WriteRow(NpgsqlBinaryImporter importer, StagingLayout layout, StagedRow row, AscendingKeys keys)
    {
        importer.StartRow();
        importer.Write(row.LineNumber, NpgsqlDbType.Integer);
        importer.Write(row.RawRecord, NpgsqlDbType.Text);
        Write(importer, row.RejectReason, ValueKind.Text);
        for (var i = 0; i < layout.Kinds.Count; i++)
        {
            Write(importer, row.Values[i], layout.Kinds[i]);
        }
        if (row.RejectReason is null)
        {
            keys.Observe(row.Values[StagingLayout.KeyPosition]);
        }
    }

    private static async Task<StagedFile> CompleteAsync(
        IngestSession session, NpgsqlBinaryImporter importer, string sourceFile, AscendingKeys keys, Stopwatch clock, CancellationToken cancellationToken)
    {
        var staged = await importer.CompleteAsync(cancellationToken);
        IngestLog.Staged(session.Logger, sourceFile, staged, clock.ElapsedMilliseconds);
        return new StagedFile(staged, keys.Hold);
    }

    private static void Write(NpgsqlBinaryImporter importer, object? value, ValueKind kind)
    {
        if (value is null)
        {
            importer.WriteNull();
            return;
        }
        switch (kind)
        {
            case ValueKind.SmallInteger:
                importer.Write((short)value, NpgsqlDbType.Smallint);
                break;
            case ValueKind.Integer:
                importer.Write((int)value, NpgsqlDbType.Integer);
                break;
            case ValueKind.BigInteger:
                importer.Write((long)value, NpgsqlDbType.Bigint);
                break;
            case ValueKind.Money:
                importer.Write((decimal)value, NpgsqlDbType.Numeric);
                break;
            case ValueKind.Date:
                importer.Write((DateOnly)value, NpgsqlDbType.Date);
                break;
            case ValueKind.Timestamp:
                importer.Write((DateTime)value, NpgsqlDbType.TimestampTz);
                break;
            default:
                importer.Write((string)value, NpgsqlDbType.Text);
                break;
        }
    }
}
