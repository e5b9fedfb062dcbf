namespace Strata.Tests.Infrastructure;

/// <summary>
/// For tests whose counts assume an empty raw tier: a fresh migrated database and an input directory per
/// test (xunit makes one instance per test), both removed afterwards.
/// </summary>
public abstract class FreshDatabaseTest : IAsyncLifetime
{
    protected TestDatabase Db { get; } = new();

    protected TemporaryFolder Input { get; } = new();

    public Task InitializeAsync() => Db.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        Input.Dispose();
    }
}
