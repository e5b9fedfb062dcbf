using System.Diagnostics;
using System.Globalization;
using Strata.Archive;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Benchmarking;

/// <summary>
/// The monthly archive's raw limit: the archived months' rows, with the archive's columns, in one COPY stream into a
/// bare table of the archive (sql/archive/bench/). The rows are exported from the raw tier into a file first, in
/// PostgreSQL's binary COPY format, so only the COPY into the archive is timed, as `psql \copy` of a file would be.
/// The table is counted (every archived sale, or the measurement is void) and dropped; the file is deleted.
/// </summary>
internal static class ArchiveCopyLimit
{
    private const int BufferSize = 1 << 16;

    public static async Task<TimeSpan> MeasureAsync(BenchRun run, ArchiveMonth first, ArchiveMonth last, long expectedRows, CancellationToken cancellationToken)
    {
        var file = Path.Combine(run.Folder, "archive_limit.copy");
        try
        {
            await ExportAsync(run.Raw, first, last, file, cancellationToken);
            await using var archive = await ArchiveDatabase.ConnectAsync(run.Settings.Archive, cancellationToken);
            return await CopyAsync(archive, file, expectedRows, cancellationToken);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task ExportAsync(PostgresDatabase raw, ArchiveMonth first, ArchiveMonth last, string file, CancellationToken cancellationToken)
    {
        await using var connection = await raw.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(SqlCatalog.Read("raw/bench/archive_limit_bounds.sql"), cancellationToken,
            ("month_start", Instant(first.Start)), ("month_end", Instant(last.End)));
        await using var export = await connection.BeginRawBinaryCopyAsync(SqlCatalog.ReadCopy("raw/bench/archive_limit_rows.sql"), cancellationToken);
        await using var target = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        await export.CopyToAsync(target, BufferSize, cancellationToken);
    }

    private static async Task<TimeSpan> CopyAsync(ArchiveDatabase archive, string file, long expectedRows, CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(SqlCatalog.Read("archive/bench/copy_limit_table.sql"), cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var copy = await connection.BeginRawBinaryCopyAsync(SqlCatalog.ReadCopy("archive/bench/copy_limit.sql"), cancellationToken))
            await using (var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan))
            {
                await source.CopyToAsync(copy, BufferSize, cancellationToken);
            }
            clock.Stop();
            var copied = await connection.ScalarAsync<long>(SqlCatalog.Read("archive/bench/copy_limit_rows.sql"), cancellationToken);
            return copied == expectedRows
                ? clock.Elapsed
                : throw new StrataException(
                    $"The archive's raw limit copied {copied} sales, but the monthly run archived {expectedRows}: the measurement is void.");
        }
        finally
        {
            // On a connection of its own: a failed COPY may have broken this one.
            await archive.Database.ExecuteAsync(SqlCatalog.Read("archive/bench/copy_limit_drop.sql"), CancellationToken.None);
        }
    }

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss'+00'", CultureInfo.InvariantCulture);
}
