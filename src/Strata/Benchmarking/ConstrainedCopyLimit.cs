using System.Diagnostics;
using System.Text;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Benchmarking;

/// <summary>
/// The ingest's raw limit: the generated sales CSV streamed as it is (what `psql \copy` does) into a scratch table with
/// sales_data's columns, CHECKs, keys, foreign keys and indexes (sql/raw/bench/copy_limit_table.sql), PostgreSQL
/// parsing every value and maintaining every index row by row. Only the COPY is timed; the table is counted (it
/// must hold every sale the ingest loaded, or the measurement is void) and dropped.
/// </summary>
internal static class ConstrainedCopyLimit
{
    private const int BufferSize = 1 << 16;

    public static async Task<TimeSpan> MeasureAsync(PostgresDatabase raw, string salesFile, long expectedRows, CancellationToken cancellationToken)
    {
        await using var connection = await raw.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(SqlCatalog.Read("raw/bench/copy_limit_table.sql"), cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var copy = await connection.BeginTextImportAsync(SqlCatalog.ReadCopy("raw/bench/copy_limit.sql"), cancellationToken))
            using (var file = new StreamReader(salesFile, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize))
            {
                var buffer = new char[BufferSize];
                int read;
                while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            clock.Stop();
            var copied = await connection.ScalarAsync<long>(SqlCatalog.Read("raw/bench/copy_limit_rows.sql"), cancellationToken);
            return copied == expectedRows
                ? clock.Elapsed
                : throw new StrataException($"The ingest's raw limit copied {copied} sales, but the ingest loaded {expectedRows}: the measurement is void.");
        }
        finally
        {
            // On a connection of its own: a failed COPY may have broken this one.
            await raw.ExecuteAsync(SqlCatalog.Read("raw/bench/copy_limit_drop.sql"), CancellationToken.None);
        }
    }
}
