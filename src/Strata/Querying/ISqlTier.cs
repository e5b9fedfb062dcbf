namespace Strata.Querying;

/// <summary>A store an analyst can run ad-hoc SQL against (`strata query --tier NAME`).</summary>
public interface ISqlTier
{
    string Name { get; }

    Task<TabularResult> QueryAsync(string sql, CancellationToken cancellationToken);
}
