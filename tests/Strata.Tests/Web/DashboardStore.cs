using Strata.Configuration;
using Strata.Security;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Web;

/// <summary>
/// A year of generated sales taken through every tier by the real command (generate, ingest, daily, monthly), the roles
/// granted (db init), the HTML report written from it, then a `strata serve` child process holding the store, and headless
/// Chromium to look at both. The report and the server read as a login of this fixture that acts as strata_reader
/// (STRATA_READER_USER and STRATA_READER_PASSWORD), as a deployment reads as strata_reader itself.
/// </summary>
public sealed class DashboardStore : IAsyncLifetime
{
    /// <summary>The test classes that share one store: the dashboard's and the HTML report's.</summary>
    public const string Collection = "dashboard";

    public const string First = "2024-01-01";
    public const string Last = "2024-12-31";

    private TemporaryFolder Data { get; } = new();

    public TestDatabase Raw { get; } = new();

    public EmptyTestDatabase Archive { get; } = new();

    public ServeProcess Server { get; private set; } = null!;

    /// <summary>The login the dashboard reads the PostgreSQL tiers as: a member of strata_reader whose sessions act as it.</summary>
    public TestLogin Reader { get; private set; } = null!;

    public HeadlessChromium Chromium { get; private set; } = null!;

    /// <summary>What `strata report --html --json` printed.</summary>
    public ProcessRun Report { get; private set; } = null!;

    public string ReportDirectory => Data.Path("report");

    public Uri Dashboard => new(Server.Lease.Url, "/dashboard");

    public async Task InitializeAsync()
    {
        await Raw.InitializeAsync();
        await Archive.InitializeAsync();
        var generated = Data.Path("generated");
        await RunAsync("generate", "--out", generated, "--customers", "150", "--products", "40", "--sales", "3000", "--start", First, "--end", Last);
        await RunAsync("ingest", generated);
        await RunAsync("run", "daily", "--from", First, "--to", Last);
        await RunAsync("run", "monthly", "--from", First[..7], "--to", Last[..7]);
        await RunAsync("db", "init");
        Reader = await TestLogin.CreateAsync(AccessRoles.Reader);
        Report = await StrataProcess.RunAsync(ReaderVariables, ["report", "--html", "--out", ReportDirectory, "--json"]);
        Server = await ServeProcess.StartAsync(ReaderVariables, "--no-scheduler");
        Chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        // Either may be missing when the setup failed before it.
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        if (Reader is not null)
        {
            await Reader.DisposeAsync();
        }
        await Raw.DisposeAsync();
        await Archive.DisposeAsync();
        Data.Dispose();
    }

    /// <summary>The settings as the dashboard's process sees them: the tiers, and the reader login it reads them as.</summary>
    public Dictionary<string, string> ReaderVariables => new(Variables)
    {
        [ReaderLogin.UserVariable] = Reader.Name,
        [ReaderLogin.PasswordVariable] = Reader.Password,
    };

    private Dictionary<string, string> Variables => new()
    {
        ["STRATA_POSTGRES"] = Raw.ConnectionString,
        ["STRATA_GREENPLUM"] = Archive.ConnectionString,
        ["STRATA_DATA"] = Data.Root,
        ["STRATA_CLICKHOUSE"] = $"embedded:{Data.Path("clickhouse")}",
    };

    private async Task RunAsync(params string[] args)
    {
        var run = await StrataProcess.RunAsync(Variables, args);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"strata {string.Join(' ', args)} exited {run.ExitCode}: {run.Error}");
        }
    }
}

[CollectionDefinition(DashboardStore.Collection)]
public sealed class DashboardCollection : ICollectionFixture<DashboardStore>;
