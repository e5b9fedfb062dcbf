using Microsoft.Extensions.Logging.Abstractions;
using Strata.Diagnostics;
using Strata.Raw.Ingest;
using Strata.Sources.Api;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

/// <summary>
/// The second real source: a JSON Lines HTTP API on a real loopback server (Kestrel on 127.0.0.1), paged (at most 3 lines a
/// page) with an incremental cursor, ingested into a fresh raw tier with the same cleaning, quarantine and ledger as CSV.
/// </summary>
public sealed class ApiSourceTests : FreshDatabaseTest, IAsyncLifetime
{
    private const string Berlin =
        """{"customer_id":1,"age":34,"gender":"f","city":"berlin","region":"Berlin","country":"Germany","registration_date":"2023-01-05"}""";

    private const string FirstSale =
        """{"sale_id":1,"sale_date":"2024-03-01T10:00:00Z","product_id":"P1","customer_id":1,"quantity":2,"price":"19.99"}""";

    private LoopbackJsonLinesApi api = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        api = await LoopbackJsonLinesApi.StartAsync();
        api.Add("customer_data",
            Berlin,
            """{"customer_id":2,"age":null,"gender":null,"city":"Bonn","region":"NRW","country":"Germany","registration_date":"2023-02-01"}""",
            """{"customer_id":3,"age":7,"gender":"M","city":"Kiel","region":"SH","country":"Germany","registration_date":"2023-02-02"}""",
            """{"customer_id":4,"city":""",
            """{"customer_id":5,"age":40,"gender":"M","city":"Kiel","region":"SH","country":"Germany","registration_date":"2023-03-01"}""",
            Berlin);
        api.Add("product_data",
            """{"product_id":"P1","name":"Desk lamp","category":"lighting","supplier":"Acme","price":"19.99"}""",
            """{"product_id":"P2","name":"Mug","category":"Kitchen","supplier":null,"price":12.5}""",
            """{"product_id":"P3","name":"Free sample","category":"Misc","price":"0.00"}""");
        api.Add("sales_data",
            FirstSale,
            """{"sale_id":2,"sale_date":"2024-03-01T11:00:00Z","product_id":"P2","customer_id":2,"quantity":1,"price":12.5}""",
            """{"sale_id":3,"sale_date":"2024-03-02T09:00:00Z","product_id":"P9","customer_id":1,"quantity":1,"price":"1.00"}""",
            """{"sale_id":4,"sale_date":"2024-03-02T10:00:00Z","product_id":"P1","customer_id":1,"quantity":{"n":1},"price":"19.99"}""",
            """["not","an","object"]""",
            """{"sale_id":5,"sale_date":"2024-03-03T12:30:00+02:00","product_id":"P2","customer_id":5,"quantity":3,"price":"12.50"}""",
            FirstSale);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await api.DisposeAsync();
        await DisposeAsync();
    }

    [Fact]
    public async Task Every_line_of_every_page_is_loaded_counted_as_a_duplicate_or_quarantined_with_its_reason()
    {
        var run = await IngestRun.InvokeAsync(Db, api.Address.ToString());

        Assert.True(run.Cli.ExitCode == 0, run.Cli.Error);
        Assert.Equal(new TableCounts(6, 3, 1, 2), run.Table("customer_data"));
        Assert.Equal(new TableCounts(3, 2, 0, 1), run.Table("product_data"));
        Assert.Equal(new TableCounts(7, 3, 1, 3), run.Table("sales_data"));
        Assert.Equal(
            ["1|F|Berlin", "2||Bonn", "5|M|Kiel"],
            await Db.RowsAsync("SELECT customer_id, gender, city FROM customer_data ORDER BY customer_id"));
        Assert.Equal(
            ["1|2024-03-01 10:00:00Z", "2|2024-03-01 11:00:00Z", "5|2024-03-03 10:30:00Z"],
            await Db.RowsAsync("SELECT sale_id, to_char(sale_date AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS\"Z\"') FROM sales_data ORDER BY sale_id"));
        var page = api.Address + "sales_data?limit=10000";
        Assert.Equal(
            [
                $"{page}|3|unknown reference: product_id \"P9\" is not in product_data",
                $"{page}&cursor=o3|1|quantity: expected a whole number >= 1, got \"{{\"n\":1}}\"",
                $"{page}&cursor=o3|2|malformed JSON line: expected an object, got Array",
            ],
            await Db.RowsAsync("SELECT source_file, line_number, reason FROM quarantine WHERE target_table = 'sales_data' ORDER BY source_file, line_number"));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_each_page_has_its_ledger_row()
    {
        await IngestRun.InvokeAsync(Db, api.Address.ToString());

        Assert.Equal(
            [
                "/customer_data?limit=10000", "/customer_data?limit=10000&cursor=o3", "/customer_data?limit=10000&cursor=o6",
                "/product_data?limit=10000", "/product_data?limit=10000&cursor=o3",
                "/sales_data?limit=10000", "/sales_data?limit=10000&cursor=o3", "/sales_data?limit=10000&cursor=o6",
                "/sales_data?limit=10000&cursor=o7",
            ],
            api.Requests);
        Assert.Equal(
            ["customer_data|2|6|3|1|2", "product_data|1|3|2|0|1", "sales_data|3|7|3|1|3"],
            await Db.RowsAsync("SELECT target_table, count(*), sum(read_rows), sum(loaded_rows), sum(duplicate_rows), sum(quarantined_rows) "
                + "FROM load_ledger WHERE tier = 'postgres' AND step = 'ingest' GROUP BY target_table ORDER BY target_table"));
        Assert.Equal(
            [$"{api.Address}customer_data|o6", $"{api.Address}product_data|o3", $"{api.Address}sales_data|o7"],
            await Db.RowsAsync("SELECT source_key, cursor FROM source_cursors ORDER BY source_key"));
    }

    [Fact]
    public async Task A_later_ingest_asks_only_for_what_came_after_the_saved_cursor()
    {
        await IngestRun.InvokeAsync(Db, api.Address.ToString());
        var firstRequests = api.Requests.Count;
        api.Add("sales_data", """{"sale_id":6,"sale_date":"2024-03-04T08:00:00Z","product_id":"P1","customer_id":2,"quantity":1,"price":"19.99"}""");

        var run = await IngestRun.InvokeAsync(Db, api.Address.ToString());

        Assert.Equal(new TableCounts(1, 1, 0, 0), run.Table("sales_data"));
        Assert.Equal(TableCounts.None, run.Table("customer_data"));
        Assert.Equal(
            ["/customer_data?limit=10000&cursor=o6", "/product_data?limit=10000&cursor=o3", "/sales_data?limit=10000&cursor=o7",
             "/sales_data?limit=10000&cursor=o8"],
            api.Requests.Skip(firstRequests));
        Assert.Equal(["4"], await Db.RowsAsync("SELECT count(*) FROM sales_data"));
    }

    [Fact]
    public async Task A_failed_page_leaves_the_pages_before_it_loaded_and_the_next_ingest_resumes_there()
    {
        api.FailOnce("/sales_data?limit=2&cursor=o2");
        using var http = new HttpClient();
        var ingestor = new SourceIngestor(Db.Database, NullLogger.Instance, TimeProvider.System);

        var failure = await Assert.ThrowsAsync<StrataException>(
            () => ingestor.IngestAsync(new JsonLinesApiSource(http, api.Address, pageSize: 2), Guid.NewGuid(), CancellationToken.None));

        Assert.Contains("sales_data?limit=2&cursor=o2: the API answered 503", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["1", "2"], await Db.RowsAsync("SELECT sale_id FROM sales_data ORDER BY sale_id"));
        Assert.Equal(["o2"], await Db.RowsAsync("SELECT cursor FROM source_cursors WHERE source_key LIKE '%sales_data'"));

        var resumed = await ingestor.IngestAsync(new JsonLinesApiSource(http, api.Address, pageSize: 2), Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(new TableCounts(5, 1, 1, 3), resumed.Tables["sales_data"]);
        Assert.Equal(["1", "2", "5"], await Db.RowsAsync("SELECT sale_id FROM sales_data ORDER BY sale_id"));
        Assert.Equal(["7|3|1|3"], await Db.RowsAsync(
            "SELECT sum(read_rows), sum(loaded_rows), sum(duplicate_rows), sum(quarantined_rows) FROM load_ledger WHERE target_table = 'sales_data'"));
    }
}
