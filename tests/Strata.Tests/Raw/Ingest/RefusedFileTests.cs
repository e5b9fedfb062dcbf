using System.Text;
using Strata.Raw.Ingest;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

public sealed class RefusedFileTests : FreshDatabaseTest
{
    [Fact]
    public async Task Refused_files_are_named_with_what_is_wrong_while_the_good_files_still_load()
    {
        Input.Write("customer_data.csv", "customer_id,age,gender,city,region,country,registration_date\r\n"
            + "1,30,F,Berlin,Berlin,Germany,2023-01-01\r\n2,31,M,Bonn,Nrw,Germany,2023-01-01\r\n");
        Input.WriteBytes("customer_data_2.csv", CustomersWithBadBytesFarIn());
        Input.Write("product_data.csv", "product_id,name,category,supplier,price\r\nP1,Mug,Kitchen,,4.50\r\n");
        Input.Write("sales_data.csv", "sale_id,sale_date,product_id,customer_id,quantity,price\r\n1,2024-01-01 10:00:00,P1,1,2,4.50\r\n");
        Input.Write("sales_data_extra.csv", "sale_id,sale_date,product_id\r\n2,2024-01-01 10:00:00,P1\r\n");
        Input.WriteBytes("photo.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF, 0xD8]);
        Input.Write("notes.csv", "{\"these\": \"are notes\", \"not\": \"csv\"}\n");
        Input.Write("readme.txt", "not an input: only *.csv files are read from a directory");

        var run = await IngestRun.InvokeAsync(Db, Input.Root);

        Assert.Equal(1, run.Cli.ExitCode);
        Assert.Equal(new TableCounts(2, 2, 0, 0), run.Table("customer_data"));
        Assert.Equal(new TableCounts(1, 1, 0, 0), run.Table("product_data"));
        Assert.Equal(new TableCounts(1, 1, 0, 0), run.Table("sales_data"));
        var refused = run.Files.Where(f => f.GetProperty("status").GetString() == "refused")
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("message").GetString()!);
        Assert.Equal(["customer_data_2.csv", "notes.csv", "photo.csv", "sales_data_extra.csv"], refused.Keys.Order());
        Assert.StartsWith("customer_data_2.csv: not UTF-8 text", refused["customer_data_2.csv"]);
        Assert.StartsWith("photo.csv: not UTF-8 text", refused["photo.csv"]);
        Assert.StartsWith("notes.csv: not a customer_data, product_data, sales_data, returns_data file: its header lacks required columns",
            refused["notes.csv"]);
        Assert.Equal("sales_data_extra.csv: missing required column(s) customer_id, quantity, price for sales_data", refused["sales_data_extra.csv"]);
        // The half-read file left nothing behind: no customer from it, no ledger row for it.
        Assert.Equal(["1", "2"], await Db.RowsAsync("SELECT customer_id FROM customer_data ORDER BY 1"));
        Assert.Equal(["customer_data.csv", "product_data.csv", "sales_data.csv"], await Db.RowsAsync("SELECT source FROM load_ledger ORDER BY ledger_id"));
    }

    /// <summary>Valid customers well past the reader's first buffer, then a byte that is no UTF-8: refused mid-COPY.</summary>
    private static byte[] CustomersWithBadBytesFarIn()
    {
        var text = new StringBuilder("customer_id,age,gender,city,region,country,registration_date\r\n");
        for (var id = 100; id < 3100; id++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{id},30,F,Berlin,Berlin,Germany,2023-01-01\r\n");
        }
        return [.. Encoding.UTF8.GetBytes(text.ToString()), .. "4000,30,F,"u8.ToArray(), 0xC3, 0x28, .. ",Berlin,Germany,2023-01-01\r\n"u8.ToArray()];
    }
}
