using Strata.Sources.Api;

namespace Strata.Tests.Sources;

public sealed class JsonLineRecordTests
{
    [Fact]
    public void Values_arrive_as_text_the_contract_can_clean()
    {
        var record = JsonLineRecord.Parse(4, """{"Sale_ID":7,"price":12.5,"product_id":" p1 ","supplier":null,"flag":true,"tags":[1,2]}""");

        Assert.Equal(4, record.Position);
        Assert.Null(record.Malformation);
        Assert.Equal("7", record.Fields["sale_id"]);
        Assert.Equal("12.5", record.Fields["price"]);
        Assert.Equal(" p1 ", record.Fields["product_id"]);
        Assert.Null(record.Fields["supplier"]);
        Assert.Equal("true", record.Fields["flag"]);
        Assert.Equal("[1,2]", record.Fields["tags"]);
    }

    [Theory]
    [InlineData("""{"sale_id":""", "malformed JSON line: ")]
    [InlineData("42", "malformed JSON line: expected an object, got Number")]
    [InlineData("""["a"]""", "malformed JSON line: expected an object, got Array")]
    public void A_line_that_is_no_object_keeps_its_text_and_says_why(string line, string reason)
    {
        var record = JsonLineRecord.Parse(1, line);

        Assert.StartsWith(reason, record.Malformation, StringComparison.Ordinal);
        Assert.Equal(line, record.RawRecord);
    }
}
