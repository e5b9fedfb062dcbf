using System.Globalization;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Benchmarking;

/// <summary>
/// The nightly increment the benchmark feeds after the history: one day's new sales and corrections of the latest
/// ones (sql/raw/bench/increment_sales.sql), written by PostgreSQL as a Strata sales CSV into the bench folder's
/// increment/, to be ingested like any other file.
/// </summary>
internal static class IncrementFile
{
    /// <summary>The day the increment adds sales to, and the file holding it.</summary>
    public static async Task<(DateOnly Day, string File)> WriteAsync(PostgresDatabase raw, string benchFolder, CancellationToken cancellationToken)
    {
        await using var connection = await raw.OpenAsync(cancellationToken);
        var day = await connection.ScalarAsync<DateOnly>(SqlCatalog.Read("raw/bench/increment_day.sql"), cancellationToken);
        var folder = Directory.CreateDirectory(Path.Combine(benchFolder, "increment")).FullName;
        var file = Path.Combine(folder, $"sales_data_{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
        using (var export = await connection.BeginTextExportAsync(SqlCatalog.ReadCopy("raw/bench/increment_sales.sql"), cancellationToken))
        await using (var writer = new StreamWriter(file))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await export.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        return (day, file);
    }
}
