namespace Strata.Raw.Ingest;

/// <summary>Loads one input file of one format, in one transaction: all of it, or (refused) none of it.</summary>
internal interface IFileLoader
{
    /// <summary>Where the file goes in the run (tables a sale refers to load first); refuses files it cannot read.</summary>
    int LoadOrder(string path, CancellationToken cancellationToken);

    /// <summary>Loads the file and returns its counts per business table.</summary>
    Task<IReadOnlyDictionary<string, TableCounts>> LoadAsync(string path, Action<long> bytesRead, CancellationToken cancellationToken);
}
