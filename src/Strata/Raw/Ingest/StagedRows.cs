using Strata.Sources;
using Strata.Sources.Csv;

namespace Strata.Raw.Ingest;

/// <summary>
/// A file's records, cleaned one by one on their way to COPY, reporting how far into the file it is. Read, cleaned
/// and written on one thread while PostgreSQL stores the rows on another core: handing batches of rows between
/// threads (to clean on both cores) was measured to double the CPU per row, as rows waiting in a hand-off outlive
/// the garbage collector's youngest generation.
/// </summary>
internal static class StagedRows
{
    private const int ProgressEvery = 8192;

    public static IEnumerable<StagedRow> From(
        CsvRecordReader reader, Func<CsvRecord, StagedRow> clean, Action<long> bytesRead, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var record in reader.ReadRecords(cancellationToken))
        {
            yield return clean(record);
            if (++count % ProgressEvery == 0)
            {
                bytesRead(reader.BytesRead);
            }
        }
        bytesRead(reader.BytesRead);
    }
}
