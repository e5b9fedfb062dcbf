using System.Globalization;
using Strata.Raw.Ingest;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

public sealed class LaterFileTests : FreshDatabaseTest
{
    private const string Header = "customer_id,age,gender,city,region,country,registration_date\r\n";
    private const string Rows =
        "SELECT customer_id, city, source_file, (extract(epoch FROM ingested_at) * 1e6)::bigint, (extract(epoch FROM updated_at) * 1e6)::bigint " +
        "FROM customer_data ORDER BY customer_id";

    [Fact]
    public async Task A_changed_row_in_a_later_file_updates_the_row_and_bumps_updated_at_while_identical_rows_stay_untouched()
    {
        var first = Input.Write("customer_data.csv", Header + "1,30,F,Berlin,Berlin,Germany,2023-01-01\r\n2,40,M,Bonn,Nrw,Germany,2023-01-02\r\n");
        var later = Input.Write("customer_data_2.csv",
            Header + "1,30,F,Bremen,Bremen,Germany,2023-01-01\r\n2,40,M,Bonn,Nrw,Germany,2023-01-02\r\n3,50,F,Kiel,Sh,Germany,2023-01-03\r\n");
        await IngestRun.InvokeAsync(Db, first);
        var before = await Db.RowsAsync(Rows);

        var run = await IngestRun.InvokeAsync(Db, later);

        var after = await Db.RowsAsync(Rows);
        Assert.Equal(new TableCounts(3, 2, 1, 0), run.Table("customer_data"));
        Assert.Equal(before[1], after[1]);
        var (old, changed) = (before[0].Split('|'), after[0].Split('|'));
        Assert.Equal(["1", "Bremen", "customer_data_2.csv", old[3]], changed[..4]);
        Assert.True(long.Parse(changed[4], CultureInfo.InvariantCulture) > long.Parse(old[4], CultureInfo.InvariantCulture));
        Assert.StartsWith("3|Kiel|customer_data_2.csv|", after[2]);
    }
}
