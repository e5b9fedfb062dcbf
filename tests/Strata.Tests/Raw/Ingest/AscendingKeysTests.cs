using Strata.Contracts;
using Strata.Raw.Ingest;

namespace Strata.Tests.Raw.Ingest;

public sealed class AscendingKeysTests
{
    [Theory]
    [InlineData(true, 1L, 2L, 10L)]
    [InlineData(false, 1L, 3L, 2L)]
    [InlineData(false, 5L, 5L)]
    [InlineData(true, "P00009", "P00010", "p00001")]
    [InlineData(false, "b", "a")]
    [InlineData(true, 7, null, 8)]
    public void Keys_hold_only_while_each_is_greater_than_the_one_before(bool ascend, params object?[] keys)
    {
        var watched = new AscendingKeys();

        foreach (var key in keys)
        {
            watched.Observe(key);
        }

        Assert.Equal(ascend, watched.Hold);
    }

    [Fact]
    public void Every_contract_lists_its_key_first_where_the_copy_watches_it()
    {
        Assert.All(RawTables.WithReturns, table => Assert.Equal(table.Key, table.Columns[StagingLayout.KeyPosition].Name));
    }
}
