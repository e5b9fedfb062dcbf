using System.Runtime.CompilerServices;
using Strata.Sources;
using Strata.Sources.Csv;

namespace Strata.Raw.Ingest;

/// <summary>A file's records, cleaned one by one on their way to COPY, reporting how far into the file it is.</summary>
internal static class StagedRows
{
    private const int ProgressEvery = 8192;

    public static async IAsyncEnumerable<StagedRow> FromAsync(
        CsvRecordReader reader, Func<CsvRecord, StagedRow> clean, Action<long> bytesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var record in reader.ReadRecordsAsync(cancellationToken))
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
