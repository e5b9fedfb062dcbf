namespace Strata.Querying;

/// <summary>A store an analyst can run ad-hoc SQL and the reports against (`strata query --tier NAME`, `strata report`).</summary>
public interface ISqlTier
{
    string Name { get; }

    /// <summary>Runs a query; <paramref name="parameters"/> are bound by name in the tier's own style ({name:Type}, @name).</summary>
    Task<TabularResult> QueryAsync(string sql, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);
}
