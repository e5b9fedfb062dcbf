using Strata.Contracts;
using Strata.Sources.Csv;

namespace Strata.Tests.Sources;

public sealed class StrataRowCleanerTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Columns_are_matched_by_name_in_any_order_extra_ones_ignored_absent_optional_ones_empty()
    {
        var cleaner = Cleaner(RawTables.Customers, "Registration_Date", " CUSTOMER_ID ", "note", "city");

        var row = cleaner.Clean(Record("2024-01-02", "7", "whatever", "oslo"));

        Assert.Null(row.RejectReason);
        Assert.Equal([7, null, null, "Oslo", null, null, new DateOnly(2024, 1, 2)], row.Values);
    }

    [Fact]
    public void A_ragged_row_is_rejected_with_the_field_counts()
    {
        var row = Cleaner(RawTables.Products, "product_id", "name", "category", "supplier", "price").Clean(Record("P1", "Mug", "Kitchen"));

        Assert.Equal("ragged row: 3 fields, but the header has 5", row.RejectReason);
    }

    [Fact]
    public void A_malformed_record_is_rejected_with_what_the_reader_found()
    {
        var record = Record("P1", "Mu\"g", "Kitchen", "", "1.00") with { Malformation = "malformed CSV: a stray or unclosed quote in \"Mu\"g\"" };

        var row = Cleaner(RawTables.Products, "product_id", "name", "category", "supplier", "price").Clean(record);

        Assert.Equal(record.Malformation, row.RejectReason);
    }

    [Fact]
    public void Every_problem_of_a_row_is_named_in_one_reason()
    {
        var row = Cleaner(RawTables.Sales, "sale_id", "sale_date", "product_id", "customer_id", "quantity", "price")
            .Clean(Record("5", "yesterday", "", "3", "0", "1.00"));

        Assert.Equal(
            "sale_date: expected a date and time (yyyy-MM-dd HH:mm:ss, dd.MM.yyyy HH:mm, yyyy/MM/dd HH:mm or ISO 8601), got \"yesterday\"; " +
            "product_id: required, but empty; quantity: expected a whole number >= 1, got \"0\"",
            row.RejectReason);
        Assert.Equal(17, row.LineNumber);
        Assert.Equal("raw text", row.RawRecord);
    }

    private static StrataRowCleaner Cleaner(TableContract table, params string[] header) => new(new HeaderMap(table, header), Now);

    private static CsvRecord Record(params string[] fields) => new(17, fields, "raw text", null);
}
