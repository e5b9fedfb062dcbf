using System.Globalization;
using Strata.Contracts;
using Strata.Sources.Cleaning;

namespace Strata.Tests.Sources;

public sealed class ColumnCleanerTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2024-03-01 14:05:09", "2024-03-01T14:05:09Z")]
    [InlineData("2024-03-01 14:05", "2024-03-01T14:05:00Z")]
    [InlineData("2024-03-01", "2024-03-01T00:00:00Z")]
    [InlineData("01.03.2024", "2024-03-01T00:00:00Z")]
    [InlineData("01.03.2024 14:05", "2024-03-01T14:05:00Z")]
    [InlineData("01.03.2024 14:05:09", "2024-03-01T14:05:09Z")]
    [InlineData("2024/03/01", "2024-03-01T00:00:00Z")]
    [InlineData("2024/03/01 14:05", "2024-03-01T14:05:00Z")]
    [InlineData("2024/03/01 14:05:09", "2024-03-01T14:05:09Z")]
    [InlineData("2024-03-01T14:05:09", "2024-03-01T14:05:09Z")]
    [InlineData("2024-03-01T14:05:09Z", "2024-03-01T14:05:09Z")]
    [InlineData("2024-03-01T16:05:09+02:00", "2024-03-01T14:05:09Z")]
    [InlineData("2024-03-01T09:05:09.25-05:00", "2024-03-01T14:05:09.25Z")]
    [InlineData("2024-03-01T14:05:09.123456Z", "2024-03-01T14:05:09.123456Z")]
    [InlineData("  2024-03-01 14:05:09 ", "2024-03-01T14:05:09Z")]
    public void Every_accepted_date_time_spelling_becomes_the_same_utc_instant(string raw, string expected)
    {
        var value = Clean(RawTables.Sales, "sale_date", raw);

        var instant = Assert.IsType<DateTime>(value);
        Assert.Equal(DateTimeKind.Utc, instant.Kind);
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), instant);
    }

    [Theory]
    [InlineData("2023-02-28")]
    [InlineData("28.02.2023")]
    [InlineData("2023/02/28")]
    [InlineData("2023-02-28 00:00")]
    public void A_date_column_takes_every_accepted_spelling(string raw)
    {
        Assert.Equal(new DateOnly(2023, 2, 28), Clean(RawTables.Customers, "registration_date", raw));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13-45")]
    [InlineData("2023-02-29")]
    [InlineData("03/01/2024")]
    [InlineData("1.3.2024")]
    [InlineData("2024-03-01 25:00")]
    public void An_unparseable_date_is_rejected_naming_the_accepted_spellings(string raw)
    {
        Assert.Equal($"sale_date: expected a date and time ({DateValues.Described}), got \"{raw}\"", Problem(RawTables.Sales, "sale_date", raw));
    }

    [Fact]
    public void A_date_later_than_now_is_rejected()
    {
        Assert.Equal("sale_date: 2090-01-01 00:00:00 is in the future", Problem(RawTables.Sales, "sale_date", "01.01.2090"));
        Assert.Equal("registration_date: 2025-06-02 00:00:00 is in the future", Problem(RawTables.Customers, "registration_date", "2025-06-02"));
    }

    [Theory]
    [InlineData("sales_data", "quantity", "0", "quantity: expected a whole number >= 1, got \"0\"")]
    [InlineData("sales_data", "quantity", "-3", "quantity: expected a whole number >= 1, got \"-3\"")]
    [InlineData("sales_data", "quantity", "12x", "quantity: expected a whole number >= 1, got \"12x\"")]
    [InlineData("sales_data", "quantity", "2.0", "quantity: expected a whole number >= 1, got \"2.0\"")]
    [InlineData("sales_data", "quantity", "1e3", "quantity: expected a whole number >= 1, got \"1e3\"")]
    [InlineData("sales_data", "price", "0.00", "price: expected an amount with at most two decimals between 0.01 and 9999999999.99, got \"0.00\"")]
    [InlineData("sales_data", "price", "-5", "price: expected an amount with at most two decimals between 0.01 and 9999999999.99, got \"-5\"")]
    [InlineData("sales_data", "price", "abc", "price: expected an amount with at most two decimals between 0.01 and 9999999999.99, got \"abc\"")]
    [InlineData("sales_data", "price", "1,234.50", "price: expected an amount with at most two decimals between 0.01 and 9999999999.99, got \"1,234.50\"")]
    [InlineData("sales_data", "price", "12.345", "price: expected an amount with at most two decimals between 0.01 and 9999999999.99, got \"12.345\"")]
    [InlineData("sales_data", "sale_id", "9223372036854775808", "sale_id: expected a whole number >= 1, got \"9223372036854775808\"")]
    [InlineData("customer_data", "customer_id", "2147483648", "customer_id: expected a whole number >= 1, got \"2147483648\"")]
    [InlineData("customer_data", "customer_id", "", "customer_id: required, but empty")]
    [InlineData("customer_data", "customer_id", " \t ", "customer_id: required, but empty")]
    [InlineData("customer_data", "age", "7", "age: expected a whole number between 14 and 110, got \"7\"")]
    [InlineData("customer_data", "age", "111", "age: expected a whole number between 14 and 110, got \"111\"")]
    [InlineData("customer_data", "gender", "X", "gender: expected one of F, M, got \"X\"")]
    [InlineData("product_data", "name", "", "name: required, but empty")]
    public void Each_reject_reason_names_the_column_what_was_expected_and_what_arrived(string table, string column, string raw, string reason)
    {
        Assert.Equal(reason, Problem(RawTables.ByName(table), column, raw));
    }

    [Theory]
    [InlineData("customer_data", "city", "  new   YORK ", "New York")]
    [InlineData("customer_data", "city", "санкт-ПЕТЕРБУРГ", "Санкт-Петербург")]
    [InlineData("customer_data", "country", "UNITED\u00a0KINGDOM", "United Kingdom")]
    [InlineData("customer_data", "gender", " f ", "F")]
    [InlineData("product_data", "category", "home  DECOR", "Home Decor")]
    [InlineData("product_data", "name", "  Desk \t LAMP  ", "Desk LAMP")]
    [InlineData("product_data", "name", "Two-line\r\nname", "Two-line name")]
    [InlineData("product_data", "product_id", " P00042 ", "P00042")]
    public void Text_is_squeezed_and_categorical_text_takes_its_canonical_case(string table, string column, string raw, string expected)
    {
        Assert.Equal(expected, Clean(RawTables.ByName(table), column, raw));
    }

    [Fact]
    public void Numbers_parse_invariantly_into_the_column_type()
    {
        Assert.Equal(12.5m, Clean(RawTables.Sales, "price", " 12.5 "));
        Assert.Equal(1234.50m, Clean(RawTables.Products, "price", "1234.50"));
        Assert.Equal(3, Clean(RawTables.Sales, "quantity", "+3"));
        Assert.Equal(9_000_000_000L, Clean(RawTables.Sales, "sale_id", "9000000000"));
        Assert.Equal((short)42, Clean(RawTables.Customers, "age", "42"));
    }

    [Fact]
    public void An_empty_optional_value_is_null_and_no_problem()
    {
        var cleaner = new ColumnCleaner(RawTables.Customers.Column("age"), Now);

        Assert.True(cleaner.TryClean("  ", out var value, out var problem));
        Assert.Null(value);
        Assert.Null(problem);
    }

    [Fact]
    public void A_huge_bad_value_is_cut_short_in_the_reason()
    {
        var problem = Problem(RawTables.Sales, "quantity", new string('9', 5_000) + "x");

        Assert.EndsWith("...\" (5001 characters)", problem);
        Assert.True(problem.Length < 150);
    }

    [Fact]
    public void A_source_column_name_replaces_the_contract_name_in_reasons()
    {
        var cleaner = new ColumnCleaner(RawTables.Sales.Column("quantity"), Now, "Quantity");

        Assert.False(cleaner.TryClean("-6", out _, out var problem));
        Assert.Equal("Quantity: expected a whole number >= 1, got \"-6\"", problem);
    }

    private static object? Clean(TableContract table, string column, string raw)
    {
        var cleaner = new ColumnCleaner(table.Column(column), Now);
        Assert.True(cleaner.TryClean(raw, out var value, out var problem), problem);
        return value;
    }

    private static string Problem(TableContract table, string column, string raw)
    {
        var cleaner = new ColumnCleaner(table.Column(column), Now);
        Assert.False(cleaner.TryClean(raw, out _, out var problem));
        return problem;
    }
}
