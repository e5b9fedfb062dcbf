using Strata.Tests.Infrastructure;

namespace Strata.Tests.Web;

/// <summary>
/// For tests that run `strata` child processes against stores of their own: a fresh migrated raw tier (also standing in
/// for the archive) and a data folder for the embedded store, per test, removed afterwards; <see cref="Env"/> points a
/// child process at them.
/// </summary>
public abstract class FreshStoresTest : IAsyncLifetime
{
    protected TestDatabase Raw { get; } = new();

    protected TemporaryFolder Data { get; } = new();

    protected Dictionary<string, string> Env => new()
    {
        ["STRATA_POSTGRES"] = Raw.ConnectionString,
        ["STRATA_GREENPLUM"] = Raw.ConnectionString,
        ["STRATA_DATA"] = Data.Root,
    };

    public virtual Task InitializeAsync() => Raw.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Raw.DisposeAsync();
        Data.Dispose();
    }
}
