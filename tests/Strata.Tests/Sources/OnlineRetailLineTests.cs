using Strata.Sources.Csv;
using Strata.Sources.OnlineRetail;

namespace Strata.Tests.Sources;

public sealed class OnlineRetailLineTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly OnlineRetailHeader Header = OnlineRetailHeader.Recognise("export.csv", OnlineRetailHeader.Columns);

    [Theory]
    [InlineData("C489449,22087,PAPER BUNTING,12,2009-12-01 10:33:00,2.95,16321.0,Australia",
        "cancellation without a returned quantity: quantity 12 on invoice C489449")]
    [InlineData("C489450,22087,PAPER BUNTING,-12,2009-12-01 10:33:00,2.95,,Australia",
        "missing customer: no Customer ID, so the return cannot be attributed to anyone")]
    [InlineData("C489451,POST,POSTAGE,-1,2009-12-01 10:33:00,18.0,16321.0,Australia", "not a product: StockCode POST is postage")]
    [InlineData("489439,POST,POSTAGE,3,2009-12-01 09:28:00,18.0,12682.0,France", "not a product: StockCode POST is postage")]
    [InlineData("489439,gift_0001_20,Dotcomgiftshop Gift Voucher,1,2009-12-01 09:28:00,17.0,,United Kingdom",
        "not a product: StockCode GIFT_0001_20 is a gift voucher")]
    [InlineData("A563185,B,Adjust bad debt,1,2011-08-12 14:50:00,11062.06,,United Kingdom", "not a product: StockCode B is a bad-debt adjustment")]
    [InlineData("489464,21733,85123a mixed,-96,2009-12-01 10:52:00,0.0,,United Kingdom", "stock adjustment: price 0, nothing was sold")]
    [InlineData("489470,21733,RED HEART,-2,2009-12-01 10:52:00,2.55,13085.0,United Kingdom",
        "return or correction: quantity -2 on invoice 489470, which is no cancellation")]
    [InlineData("489471,21733,RED HEART,2,2009-12-01 10:52:00,2.55,,United Kingdom",
        "missing customer: no Customer ID, so the sale cannot be attributed to anyone")]
    [InlineData("489472,21733,RED HEART,2,yesterday,2.55,13085.0,United Kingdom",
        "InvoiceDate: expected a date and time (yyyy-MM-dd HH:mm:ss, dd.MM.yyyy HH:mm, yyyy/MM/dd HH:mm or ISO 8601), got \"yesterday\"")]
    [InlineData("489473,21733,,2,2009-12-01 10:52:00,2.55,13085.0,United Kingdom", "Description: required, but empty")]
    [InlineData("489474,21733,RED HEART,2,2009-12-01 10:52:00,2.55,13085.5,United Kingdom", "Customer ID: expected a whole number >= 1, got \"13085.5\"")]
    [InlineData("489475,21733,RED HEART,2,2009-12-01 10:52:00,2.555,13085.0,United Kingdom",
        "Price: expected an amount with at most two decimals between 0.01 and 9999999999.99, got \"2.555\"")]
    [InlineData("489476,21733,RED HEART,2,2009-12-01 10:52:00,2.55,13085.0", "ragged row: 7 fields, but the header has 8")]
    public void Every_kind_of_line_that_is_no_clean_sale_gets_its_reason(string line, string reason)
    {
        Assert.Equal(reason, Clean(line).RejectReason);
    }

    [Fact]
    public void A_sale_line_becomes_typed_values_with_a_float_customer_id_read_as_the_whole_number()
    {
        var row = Clean("489434,79323w, WHITE  CHERRY LIGHTS,12,2009-12-01 07:45:00,6.75,13085.0,United Kingdom");

        Assert.Null(row.RejectReason);
        Assert.Equal(
            [
                489434001L, new DateTime(2009, 12, 1, 7, 45, 0, DateTimeKind.Utc), "79323W", 13085, 12, 6.75m, "WHITE CHERRY LIGHTS", "Lighting",
                "United Kingdom", "sale",
            ],
            row.Values);
    }

    [Fact]
    public void A_cancellation_line_becomes_a_return_of_the_positive_quantity_keyed_by_its_invoice_number()
    {
        var row = Clean("C489449,22087,PAPER BUNTING WHITE LACE,-12,2009-12-01 10:33:00,2.95,16321.0,Australia");

        Assert.Null(row.RejectReason);
        Assert.Equal(
            [
                489449001L, new DateTime(2009, 12, 1, 10, 33, 0, DateTimeKind.Utc), "22087", 16321, 12, 2.95m, "PAPER BUNTING WHITE LACE",
                "Stationery & Gift Wrap", "Australia", "return",
            ],
            row.Values);
    }

    [Fact]
    public void A_line_that_is_no_sale_still_names_its_customer()
    {
        var row = Clean("489439,POST,POSTAGE,3,2009-12-01 09:28:00,18.0,12682.0,France");

        Assert.Equal("not a product: StockCode POST is postage", row.RejectReason);
        Assert.Equal(12682, row.Values[3]);
        Assert.Equal(new DateTime(2009, 12, 1, 9, 28, 0, DateTimeKind.Utc), row.Values[1]);
    }

    [Theory]
    [InlineData("13085.0", "13085")]
    [InlineData("13085.000", "13085")]
    [InlineData(" 13085 ", "13085")]
    [InlineData("13085.5", "13085.5")]
    [InlineData("", "")]
    public void Customer_ids_lose_only_a_zero_float_suffix(string raw, string expected)
    {
        Assert.Equal(expected, CustomerIds.WithoutFloatSuffix(raw));
    }

    [Fact]
    public void Lines_are_numbered_within_their_invoice_and_an_exact_repeat_keeps_its_first_number()
    {
        var ordinals = new InvoiceOrdinals();

        int[] numbers =
        [
            ordinals.Of("1", ["1", "a", "2"]), ordinals.Of("1", ["1", "b", "2"]), ordinals.Of("1", ["1", "a", "2"]),
            ordinals.Of("1", ["1", "a", "3"]), ordinals.Of("2", ["2", "a", "2"]),
        ];

        Assert.Equal([1, 2, 1, 3, 1], numbers);
    }

    [Fact]
    public void An_invoice_with_more_lines_than_the_sale_id_scheme_holds_quarantines_the_excess()
    {
        var ordinals = new InvoiceOrdinals();
        var problems = new List<string>();

        var ids = Enumerable.Range(1, 1000)
            .Select(i => SaleIds.Of("500000", [i.ToString(System.Globalization.CultureInfo.InvariantCulture)], ordinals, problems))
            .ToList();

        Assert.Equal(500_000_999L, ids[998]);
        Assert.Null(ids[999]);
        Assert.Equal("Invoice: 500000 has more than 999 distinct lines; sale_id = invoice * 1000 + line holds no more", Assert.Single(problems));
    }

    [Theory]
    [InlineData("WHITE HANGING HEART T-LIGHT HOLDER", "Lighting")]
    [InlineData("CHRISTMAS CRAFT HEART DECORATIONS", "Christmas")]
    [InlineData("DOG BOWL , CHASING BALL DESIGN", "Kitchen & Dining")]
    [InlineData("GREETING CARD, THE BLACK CAT", "Stationery & Gift Wrap")]
    [InlineData("SET OF 3 BLACK FLYING DUCKS", "Uncategorised")]
    public void A_category_is_read_off_the_description_keywords(string description, string category)
    {
        Assert.Equal(category, ProductCategories.Of(description));
    }

    [Fact]
    public void A_header_without_the_export_columns_is_refused_naming_them()
    {
        var refusal = Assert.Throws<Strata.Sources.FileRefusedException>(() =>
            OnlineRetailHeader.Recognise("retail.csv",
                ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]));

        Assert.Equal("retail.csv: not an Online Retail II export: missing column(s) Invoice, Price, Customer ID", refusal.Message);
    }

    private static Strata.Sources.StagedRow Clean(string line)
    {
        var fields = line.Split(',');
        return new OnlineRetailLineCleaner(Header, Now).Clean(new CsvRecord(2, fields, line, null));
    }
}
