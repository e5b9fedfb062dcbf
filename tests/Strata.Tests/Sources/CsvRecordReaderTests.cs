using Strata.Sources;
using Strata.Sources.Csv;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Sources;

public sealed class CsvRecordReaderTests : IDisposable
{
    private readonly TemporaryFolder files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var (header, records) = Read("a,b\r\n1,2\r\n", byteOrderMark: true);

        Assert.Equal(["a", "b"], header);
        Assert.Equal(["1", "2"], Assert.Single(records).Fields);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Crlf_and_lf_line_ends_give_the_same_records_and_line_numbers(string lineEnd)
    {
        var (_, records) = Read(string.Join(lineEnd, "a,b", "1,2", "3,4") + lineEnd);

        Assert.Equal([(2, "1|2"), (3, "3|4")], records.Select(r => (r.LineNumber, string.Join('|', r.Fields))));
        Assert.All(records, r => Assert.DoesNotContain('\r', r.RawRecord));
    }

    [Fact]
    public void A_quoted_line_break_stays_in_the_field_and_later_records_keep_their_physical_line_numbers()
    {
        var (_, records) = Read("a,b\r\n1,\"two\r\nlines\"\r\n2,x\r\n3,\"a\nb\nc\"\r\n4,y\r\n");

        Assert.Equal("two\r\nlines", records[0].Fields[1]);
        Assert.Equal("1,\"two\r\nlines\"", records[0].RawRecord);
        Assert.Equal([2, 4, 5, 8], records.Select(r => r.LineNumber));
    }

    [Fact]
    public void Doubled_quotes_inside_a_quoted_field_are_one_quote()
    {
        var (_, records) = Read("a,b\r\n\"RECORD FRAME 7\"\" SINGLE\",\"say \"\"hi\"\", ok\"\r\n");

        Assert.Equal(["RECORD FRAME 7\" SINGLE", "say \"hi\", ok"], records[0].Fields);
        Assert.Null(records[0].Malformation);
    }

    [Fact]
    public void Ragged_rows_come_through_with_the_fields_they_have()
    {
        var (_, records) = Read("a,b,c\r\n1,2\r\n1,2,3,4\r\n1,2,3\r\n");

        Assert.Equal([2, 4, 3], records.Select(r => r.Fields.Length));
    }

    [Fact]
    public void Cyrillic_text_is_read_intact()
    {
        var (header, records) = Read("город,страна\r\nСанкт-Петербург,\"Россия, РФ\"\r\n");

        Assert.Equal(["город", "страна"], header);
        Assert.Equal(["Санкт-Петербург", "Россия, РФ"], records[0].Fields);
    }

    [Fact]
    public void A_very_long_field_is_read_intact()
    {
        var longField = string.Concat(Enumerable.Repeat("Долгое поле, \"с кавычками\"; ", 100_000));

        var (_, records) = Read($"a,b\r\n1,\"{longField.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\r\n2,short\r\n");

        Assert.Equal(longField, records[0].Fields[1]);
        Assert.Equal(["2", "short"], records[1].Fields);
    }

    [Fact]
    public void Blank_lines_are_no_records_but_count_as_lines()
    {
        var (_, records) = Read("a,b\r\n\r\n1,2\r\n\r\n\r\n3,4\r\n");

        Assert.Equal([3, 6], records.Select(r => r.LineNumber));
    }

    [Theory]
    [InlineData("1,ab\"c\"d\r\n", "ab\"c\"d")]
    [InlineData("1,\"never closed\r\n2,3\r\n", "never closed")]
    public void A_stray_or_unclosed_quote_marks_the_record_malformed(string line, string fieldStart)
    {
        var (_, records) = Read("a,b\r\n" + line);

        var malformation = records[0].Malformation;
        Assert.NotNull(malformation);
        Assert.StartsWith("malformed CSV: a stray or unclosed quote in \"", malformation);
        Assert.Contains(fieldStart, malformation);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_refuse_the_file_by_name()
    {
        var path = files.WriteBytes("photo.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE]);

        using var reader = CsvRecordReader.Open(path);
        var refusal = Assert.Throws<FileRefusedException>(() => reader.ReadHeader(CancellationToken.None));

        Assert.Equal("photo.csv", refusal.FileName);
        Assert.StartsWith("photo.csv: not UTF-8 text", refusal.Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        using var reader = CsvRecordReader.Open(files.Write("empty.csv", ""));

        var refusal = Assert.Throws<FileRefusedException>(() => reader.ReadHeader(CancellationToken.None));

        Assert.Equal("empty.csv: empty; a CSV file with a header row was expected", refusal.Message);
    }

    private (string[] Header, List<CsvRecord> Records) Read(string text, bool byteOrderMark = false)
    {
        using var reader = CsvRecordReader.Open(files.Write($"{Guid.NewGuid():N}.csv", text, byteOrderMark));
        var header = reader.ReadHeader(CancellationToken.None);
        return (header, [.. reader.ReadRecords(CancellationToken.None)]);
    }
}
