namespace Strata.Tests.Infrastructure;

/// <summary>A fresh, empty PostgreSQL database for one test class (an archive tier starts with nothing in it).</summary>
public sealed class EmptyTestDatabase : TestDatabase
{
    protected override bool Migrate => false;
}
