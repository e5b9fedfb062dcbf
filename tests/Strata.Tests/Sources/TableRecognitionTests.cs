using Strata.Contracts;
using Strata.Sources;
using Strata.Sources.Csv;

namespace Strata.Tests.Sources;

public sealed class TableRecognitionTests
{
    private static readonly string[] SalesHeader = ["sale_id", "sale_date", "product_id", "customer_id", "quantity", "price"];

    [Theory]
    [InlineData("sales_data.csv")]
    [InlineData("SALES_DATA_2024-01.csv")]
    [InlineData("export-17.csv")]
    public void The_table_comes_from_the_file_name_or_else_from_the_header(string fileName)
    {
        Assert.Same(RawTables.Sales, TableRecognition.Recognise(fileName, SalesHeader).Table);
    }

    [Fact]
    public void A_file_named_for_a_table_but_lacking_its_required_columns_is_refused_naming_them()
    {
        var refusal = Assert.Throws<FileRefusedException>(() =>
            TableRecognition.Recognise("customer_data.csv", ["customer_id", "age", "city"]));

        Assert.Equal("customer_data.csv: missing required column(s) registration_date for customer_data", refusal.Message);
    }

    [Fact]
    public void A_file_no_table_fits_is_refused_naming_the_closest_table_and_what_it_lacks()
    {
        var refusal = Assert.Throws<FileRefusedException>(() =>
            TableRecognition.Recognise("orders.csv", ["sale_id", "sale_date", "product_id"]));

        Assert.Equal(
            "orders.csv: not a customer_data, product_data, sales_data, returns_data file: its header lacks required columns " +
            "(closest is sales_data, missing customer_id, quantity, price)",
            refusal.Message);
    }
}
