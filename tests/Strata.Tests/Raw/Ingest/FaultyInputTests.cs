using Microsoft.Extensions.Logging.Abstractions;
using Strata.Pipeline;
using Strata.Raw.Ingest;
using Strata.Sources;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

/// <summary>
/// Input the file system or the database makes faulty: a file that cannot be read is refused by name while the rest
/// of the folder loads; a runaway text value is quarantined at its contract length; a connection cut mid-file names
/// the file and says what to do.
/// </summary>
public sealed class FaultyInputTests : FreshDatabaseTest
{
    private const string Customers = "customer_id,age,gender,city,region,country,registration_date\r\n1,30,F,Berlin,Berlin,Germany,2023-01-01\r\n";

    [Fact]
    public async Task A_symlink_loop_or_a_vanished_file_is_refused_by_name_and_the_rest_of_the_folder_loads()
    {
        // Tests run as root, who reads a mode-000 file anyway; a symlink loop (ELOOP) and a link whose file is gone
        // (ENOENT) are read errors root meets too.
        Input.Write("customer_data.csv", Customers);
        Input.Write("product_data.csv", "product_id,name,category,supplier,price\r\nP1,Mug,Kitchen,,4.50\r\n");
        File.CreateSymbolicLink(Input.Path("loop.csv"), Input.Path("loop.csv"));
        File.CreateSymbolicLink(Input.Path("gone.csv"), Input.Path("removed-before-the-ingest.csv"));

        var run = await IngestRun.InvokeAsync(Db, Input.Root);

        Assert.Equal(1, run.Cli.ExitCode);
        Assert.Equal(new TableCounts(1, 1, 0, 0), run.Table("customer_data"));
        Assert.Equal(new TableCounts(1, 1, 0, 0), run.Table("product_data"));
        var refused = run.Files.Where(f => f.GetProperty("status").GetString() == "refused")
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("message").GetString()!);
        Assert.Equal(["gone.csv", "loop.csv"], refused.Keys.Order());
        Assert.All(refused, file => Assert.StartsWith($"{file.Key}: cannot be read (", file.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_longer_than_its_contract_length_is_quarantined_naming_the_column_and_the_limit()
    {
        var runaway = new string('M', 10 * 1024 * 1024);
        Input.Write("product_data.csv", "product_id,name,category,supplier,price\r\n"
            + $"P1,{new string('a', 500)},Kitchen,,4.50\r\nP2,{runaway},Kitchen,,4.50\r\nP3,Mug,{new string('k', 101)},,4.50\r\n"
            + $"{new string('P', 65)},Mug,Kitchen,,4.50\r\n");

        var run = await IngestRun.InvokeAsync(Db, Input.Root);

        Assert.Equal(new TableCounts(4, 1, 0, 3), run.Table("product_data"));
        Assert.Equal(["P1|500"], await Db.RowsAsync("SELECT product_id, length(name) FROM product_data"));
        var reasons = await Db.RowsAsync("SELECT reason FROM quarantine ORDER BY line_number");
        Assert.Equal(3, reasons.Count);
        Assert.StartsWith("name: longer than its limit of 500 characters, got \"MMM", reasons[0], StringComparison.Ordinal);
        Assert.EndsWith("(10485760 characters)", reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("category: longer than its limit of 100 characters", reasons[1], StringComparison.Ordinal);
        Assert.StartsWith("product_id: longer than its limit of 64 characters", reasons[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_cut_mid_file_fails_the_load_naming_the_file_and_what_to_do()
    {
        var file = Input.Write("customer_data.csv", Customers);
        // The reader reports its progress while the rows stream into COPY: every attempt loses its session right there.
        var cut = new CutOnProgress(Db);

        var outcome = await new IngestRunner(Db.Database, NullLoggerFactory.Instance).RunAsync(
            [file], IngestFormat.Strata, cut, new RunOptions { RetryDelay = TimeSpan.FromMilliseconds(50) }, CancellationToken.None);

        Assert.True(cut.Cuts >= 1);
        var error = Assert.Single(outcome.Steps).Error!;
        Assert.StartsWith("load: customer_data.csv: the connection to PostgreSQL failed (", error, StringComparison.Ordinal);
        Assert.Contains("run the same command again", error, StringComparison.Ordinal);
        Assert.Empty(await Db.RowsAsync("SELECT customer_id FROM customer_data"));
    }

    private sealed class CutOnProgress(TestDatabase db) : IProgress<double>
    {
        public int Cuts { get; private set; }

        public void Report(double value)
        {
            Cuts++;
            // On the thread pool: the test's synchronization context must not wait on itself.
            Task.Run(() => db.TerminateSessionsAsync()).GetAwaiter().GetResult();
        }
    }
}
