namespace Strata.Sources.Generation.Output;

/// <summary>Where generated rows go, one at a time, in file order.</summary>
internal interface IRowSink
{
    /// <summary>Takes one genuine row. The array may be reused by the caller once this returns.</summary>
    void Write(string[] row);

    /// <summary>A natural break (end of a day, a block of customers): rows held back to appear later may follow now.</summary>
    void EndOfBatch();
}
