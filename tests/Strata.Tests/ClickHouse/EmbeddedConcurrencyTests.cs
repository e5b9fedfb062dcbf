using Strata.ClickHouse;
using Strata.ClickHouse.Embedded;
using Strata.Configuration;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.ClickHouse;

public sealed class EmbeddedConcurrencyTests(TestClickHouse clickHouse) : IClassFixture<TestClickHouse>
{
    private const int Workers = 8;
    private const int Batches = 10;
    private const int BatchSize = 1000;

    [Fact]
    public async Task Calls_from_many_threads_at_once_all_land_and_read_their_own_writes()
    {
        await clickHouse.Engine.ExecuteAsync(
            "CREATE TABLE writes (worker Int32, n Int64) ENGINE = MergeTree ORDER BY (worker, n)", null, CancellationToken.None);

        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var batch = 0; batch < Batches; batch++)
            {
                var parameters = new ClickHouseParameters { ["worker"] = worker, ["from"] = batch * BatchSize, ["size"] = BatchSize };
                await clickHouse.Engine.ExecuteAsync(
                    "INSERT INTO writes SELECT {worker:Int32}, number FROM numbers({from:UInt64}, {size:UInt64})", parameters, CancellationToken.None);
                var seen = await clickHouse.RowsAsync("SELECT count() FROM writes WHERE worker = {worker:Int32}", parameters);
                Assert.Equal((ulong)((batch + 1) * BatchSize), Assert.Single(seen)[0]);
            }
        }));
        await Task.WhenAll(workers);

        var totals = await clickHouse.RowsAsync("SELECT worker, count(), sum(n) FROM writes GROUP BY worker ORDER BY worker");
        const long perWorker = Batches * BatchSize;
        Assert.Equal(
            Enumerable.Range(0, Workers).Select(w => new object?[] { w, (ulong)perWorker, (long)(perWorker * (perWorker - 1) / 2) }),
            totals);
    }

    [Fact]
    public async Task Engines_on_different_databases_resolve_names_in_their_own_database_even_interleaved()
    {
        var other = await EmbeddedClickHouseEngine.OpenAsync(
            TestClickHouse.Directory, clickHouse.Database + "_b", StrataSettings.FromEnvironment().LibChdb, CancellationToken.None);
        try
        {
            await clickHouse.Engine.ExecuteAsync("CREATE TABLE which (name String) ENGINE = Memory", null, CancellationToken.None);
            await clickHouse.Engine.ExecuteAsync("INSERT INTO which VALUES ('a')", null, CancellationToken.None);
            await other.ExecuteAsync("CREATE TABLE which (name String) ENGINE = Memory", null, CancellationToken.None);
            await other.ExecuteAsync("INSERT INTO which VALUES ('b')", null, CancellationToken.None);

            var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            {
                var engine = i % 2 == 0 ? (IClickHouseEngine)clickHouse.Engine : other;
                var rows = await EngineContract.RowsAsync(engine, "SELECT name FROM which");
                return (Expected: i % 2 == 0 ? "a" : "b", Actual: (string?)Assert.Single(rows)[0]);
            })));

            Assert.All(answers, answer => Assert.Equal(answer.Expected, answer.Actual));
        }
        finally
        {
            await other.ExecuteAsync($"DROP DATABASE {ClickHouseIdentifier.Quote(other.Database)} SYNC", null, CancellationToken.None);
        }
    }
}
