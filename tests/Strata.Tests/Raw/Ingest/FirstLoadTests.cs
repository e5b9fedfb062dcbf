using Npgsql;
using Strata.Raw.Ingest;
using Strata.Sources;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

/// <summary>
/// The first load into an empty table sets its indexes and foreign keys aside and rebuilds them after the insert;
/// references are checked set-based, before anything is written, on every load. These tests prove the table is
/// the same afterwards, that the rebuilt constraints hold, and that unknown references are quarantined either way.
/// </summary>
public sealed class FirstLoadTests : FreshDatabaseTest
{
    private const string SalesHeader = "sale_id,sale_date,product_id,customer_id,quantity,price";

    /// <summary>Every index and constraint of the business tables, as PostgreSQL spells it, with whether it is validated.</summary>
    private const string Definitions = """
        SELECT indrelid::regclass || ' ' || pg_get_indexdef(indexrelid) AS definition
        FROM pg_index
        WHERE indrelid IN ('customer_data'::regclass, 'product_data'::regclass, 'sales_data'::regclass)
        UNION ALL
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' validated ' || convalidated
        FROM pg_constraint
        WHERE conrelid IN ('customer_data'::regclass, 'product_data'::regclass, 'sales_data'::regclass)
        ORDER BY 1
        """;

    [Fact]
    public async Task A_first_load_rebuilds_every_index_and_constraint_as_it_was_and_they_hold_afterwards()
    {
        var before = await Db.RowsAsync(Definitions);
        foreach (var fixture in DefectFixtures.All())
        {
            fixture.WriteTo(Input);
        }
        var log = new RecordingLogger();

        var report = await IngestAsync(log, Input.Root);

        Assert.All(report.Files, file => Assert.Equal(FileStatus.Loaded, file.Status));
        Assert.True(log.Mentions("drop sales_data_pkey") && log.Mentions("create sales_data_product_id_fkey"), "the first load set nothing aside");
        Assert.Equal(before, await Db.RowsAsync(Definitions));
        Assert.Equal(DefectFixtures.Sales().Expected, report.Tables["sales_data"]);
        var unknownProduct = await Assert.ThrowsAsync<PostgresException>(() => Db.Database.ExecuteAsync(
            "INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file) " +
            "VALUES (5000, now(), 'P09999', 1, 1, 1.00, 'by hand')", CancellationToken.None));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, unknownProduct.SqlState);
        var repeatedKey = await Assert.ThrowsAsync<PostgresException>(() => Db.Database.ExecuteAsync(
            "INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file) " +
            "VALUES (1, now(), 'P00001', 1, 1, 1.00, 'by hand')", CancellationToken.None));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, repeatedKey.SqlState);
    }

    [Fact]
    public async Task Unknown_references_are_quarantined_with_their_reason_on_a_first_load_and_on_a_later_one()
    {
        DefectFixtures.Customers().WriteTo(Input);
        DefectFixtures.Products().WriteTo(Input);
        await IngestAsync(new RecordingLogger(), Input.Root);
        var first = Input.Write("sales_data.csv", Sales(
            "1,2024-03-01 10:00:00,P00001,1,1,25.00", "2,2024-03-01 10:00:00,P07777,1,1,25.00", "3,2024-03-01 10:00:00,P00002,7777,1,4.50"));
        var later = Input.Write("sales_data_2.csv", Sales(
            "4,2024-03-02 10:00:00,P00001,2,1,25.00", "5,2024-03-02 10:00:00,P08888,8888,1,25.00"));
        var (firstLog, laterLog) = (new RecordingLogger(), new RecordingLogger());

        var firstReport = await IngestAsync(firstLog, first);
        var laterReport = await IngestAsync(laterLog, later);

        Assert.True(firstLog.Mentions("create sales_data_customer_id_fkey"), "the first load kept its foreign keys");
        Assert.False(laterLog.Mentions("sales_data_customer_id_fkey"), "a load into a table with rows set its foreign keys aside");
        Assert.Equal(new TableCounts(3, 1, 0, 2), firstReport.Tables["sales_data"]);
        Assert.Equal(new TableCounts(2, 1, 0, 1), laterReport.Tables["sales_data"]);
        Assert.Equal(["1", "4"], await Db.RowsAsync("SELECT sale_id FROM sales_data ORDER BY sale_id"));
        Assert.Equal(
        [
            "sales_data.csv|3|unknown reference: product_id \"P07777\" is not in product_data",
            "sales_data.csv|4|unknown reference: customer_id 7777 is not in customer_data",
            "sales_data_2.csv|3|unknown reference: product_id \"P08888\" is not in product_data; unknown reference: customer_id 8888 is not in customer_data",
        ], await Db.RowsAsync("SELECT source_file, line_number, reason FROM quarantine WHERE target_table = 'sales_data' ORDER BY source_file, line_number"));
    }

    [Fact]
    public async Task Keys_in_any_order_load_alike_and_only_a_file_whose_keys_do_not_ascend_is_searched_for_repeats()
    {
        DefectFixtures.Customers().WriteTo(Input);
        DefectFixtures.Products().WriteTo(Input);
        await IngestAsync(new RecordingLogger(), Input.Root);
        string[] rows = ["3,2024-03-01 10:00:00,P00001,1,1,25.00", "10,2024-03-02 10:00:00,P07777,2,1,25.00", "12,2024-03-03 10:00:00,P00002,4,2,4.50"];
        var outcomes = new List<(TableCounts Counts, List<string> Stored, List<string> Quarantined, bool SearchedForRepeats)>();

        foreach (var order in new[] { rows, rows.Reverse().ToArray() })
        {
            await Db.Database.ExecuteAsync("TRUNCATE sales_data, quarantine", CancellationToken.None);
            var log = new RecordingLogger();
            var report = await IngestAsync(log, Input.Write("sales_data.csv", Sales(order)));
            outcomes.Add((report.Tables["sales_data"],
                await Db.RowsAsync("SELECT sale_id, sale_date, product_id, customer_id, quantity, price FROM sales_data ORDER BY sale_id"),
                await Db.RowsAsync("SELECT raw_record, reason FROM quarantine ORDER BY raw_record"),
                log.Mentions("sales_data/repeated_keys.sql")));
        }

        Assert.Equal(new TableCounts(3, 2, 0, 1), outcomes[0].Counts);
        Assert.Equal(outcomes[0].Counts, outcomes[1].Counts);
        Assert.Equal(outcomes[0].Stored, outcomes[1].Stored);
        Assert.Equal(outcomes[0].Quarantined, outcomes[1].Quarantined);
        Assert.Equal([false, true], outcomes.Select(outcome => outcome.SearchedForRepeats));
    }

    private static string Sales(params string[] rows) => string.Join("\r\n", [SalesHeader, .. rows]) + "\r\n";

    private Task<IngestReport> IngestAsync(RecordingLogger log, string path) =>
        new Ingestor(Db.Database, log, TimeProvider.System)
            .IngestAsync(InputFiles.Find(path), IngestFormat.Strata, Guid.NewGuid(), new Progress<double>(), CancellationToken.None);
}
