using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Strata.Contracts;

namespace Strata.Sources.Generation.Output;

/// <summary>
/// Writes one table's CSV file per docs/csv-format.md: UTF-8 without BOM, RFC 4180 quoting, CRLF, the contract's header.
/// Rows go to "name.partial", renamed into place only when complete, so a crashed run never leaves a file
/// that looks whole.
/// </summary>
internal sealed class CsvTableWriter : IDisposable
{
    private const int BufferBytes = 1 << 16;

    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

    private readonly string partialPath;
    private readonly CsvWriter csv;
    private bool completed;

    public CsvTableWriter(string path, TableContract table)
    {
        Path = path;
        partialPath = path + ".partial";
        var stream = new FileStream(partialPath, FileMode.Create, FileAccess.Write, FileShare.None, BufferBytes);
        csv = new CsvWriter(new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferBytes), Format);
        foreach (var column in table.ColumnNames)
        {
            csv.WriteField(column);
        }
        csv.NextRecord();
    }

    public string Path { get; }

    /// <summary>Data rows written so far (the header not counted).</summary>
    public long Rows { get; private set; }

    public void Write(string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.NextRecord();
        Rows++;
    }

    public void Complete()
    {
        csv.Flush();
        csv.Dispose();
        File.Move(partialPath, Path, overwrite: true);
        completed = true;
    }

    public void Dispose()
    {
        if (!completed)
        {
            csv.Dispose();
            File.Delete(partialPath);
        }
    }
}
