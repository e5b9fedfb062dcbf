using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Querying;

namespace Strata.Cli.Output;

/// <summary>Writes a query result as it streams in: a table for people, RFC 4180 CSV, or JSON.</summary>
internal static class ResultWriter
{
    /// <summary>A person reading a table wants a screenful, not a million rows; csv and json have no cap.</summary>
    private const int TableRowCap = 1000;

    /// <summary>Writes <paramref name="result"/>; a table is as wide as the terminal it shows on (<paramref name="width"/>), or 160 characters.</summary>
    public static async Task<QuerySummary> WriteAsync(
        TabularResult result, ResultFormat format, TextWriter output, bool envelope, string tier, CancellationToken cancellationToken, int? width = null)
    {
        var rows = format switch
        {
            ResultFormat.Csv => await WriteCsvAsync(result, output, cancellationToken),
            ResultFormat.Json => await WriteJsonAsync(result, output, envelope ? tier : null, cancellationToken),
            _ => await WriteTableAsync(result, output, width, cancellationToken),
        };
        return new QuerySummary(rows);
    }

    private static async Task<long> WriteCsvAsync(TabularResult result, TextWriter output, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in result.Columns)
        {
            csv.WriteField(column);
        }
        await csv.NextRecordAsync();
        long count = 0;
        await foreach (var row in result.Rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row)
            {
                csv.WriteField(ValueText.Format(value));
            }
            await csv.NextRecordAsync();
            count++;
        }
        await csv.FlushAsync().WaitAsync(cancellationToken);
        return count;
    }

    /// <summary>An array of objects; with --json, wrapped in one object that also names the tier and counts the rows.</summary>
    private static async Task<long> WriteJsonAsync(TabularResult result, TextWriter output, string? envelopeTier, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using var json = new Utf8JsonWriter(buffer);
        if (envelopeTier is not null)
        {
            json.WriteStartObject();
            json.WriteString("tier", envelopeTier);
            json.WriteStartArray("columns");
            result.Columns.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WritePropertyName("rows");
        }
        json.WriteStartArray();
        long count = 0;
        await foreach (var row in result.Rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                json.WritePropertyName(result.Columns[i]);
                ValueText.WriteJson(json, row[i]);
            }
            json.WriteEndObject();
            count++;
            if (json.BytesPending > 64 * 1024)
            {
                await FlushAsync(json, buffer, output, cancellationToken);
            }
        }
        json.WriteEndArray();
        if (envelopeTier is not null)
        {
            json.WriteNumber("row_count", count);
            json.WriteEndObject();
        }
        await FlushAsync(json, buffer, output, cancellationToken);
        await output.WriteLineAsync();
        return count;
    }

    private static async Task FlushAsync(Utf8JsonWriter json, MemoryStream buffer, TextWriter output, CancellationToken cancellationToken)
    {
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), cancellationToken);
        buffer.SetLength(0);
    }

    private static async Task<long> WriteTableAsync(TabularResult result, TextWriter output, int? width, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in result.Columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }
        long count = 0;
        await foreach (var row in result.Rows.WithCancellation(cancellationToken))
        {
            if (count++ < TableRowCap)
            {
                table.AddRow([.. row.Select(value => new Text(ValueText.Format(value) ?? "NULL"))]);
            }
        }
        var console = CommandRunner.CreateConsole(output, interactive: false, width);
        console.Write(table);
        console.WriteLine(count > TableRowCap
            ? $"{count} rows; the first {TableRowCap} shown (use --format csv for all)."
            : $"{count} row{(count == 1 ? "" : "s")}.");
        return count;
    }
}

/// <summary>How many rows a query returned; the rows themselves are already on stdout.</summary>
internal sealed record QuerySummary(long RowCount) : ISelfWritten;
