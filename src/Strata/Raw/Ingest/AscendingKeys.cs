namespace Strata.Raw.Ingest;

/// <summary>
/// Watches the keys of a file's clean rows as they stream past, in file order: when every key is greater than the
/// one before, no key can occur twice in the file, and the merge skips looking for repeated keys (a sort or a hash
/// of every staged key). Exports and the generator write in key order, so this is the usual case; any other order
/// only means the merge looks. Costs one comparison per row and holds one key.
/// </summary>
internal sealed class AscendingKeys
{
    private object? previous;

    /// <summary>True while every key seen was greater than the one before it.</summary>
    public bool Hold { get; private set; } = true;

    public void Observe(object? key)
    {
        if (!Hold || key is null)
        {
            return;
        }
        if (previous is not null && Compare(previous, key) >= 0)
        {
            Hold = false;
        }
        previous = key;
    }

    /// <summary>Any total order proves keys distinct; ordinal for text, so no culture can call two keys equal.</summary>
    private static int Compare(object earlier, object later) => (earlier, later) switch
    {
        (string a, string b) => string.CompareOrdinal(a, b),
        (long a, long b) => a.CompareTo(b),
        (int a, int b) => a.CompareTo(b),
        _ => throw new ArgumentException($"A key of type {earlier.GetType().Name} cannot be ordered here.", nameof(earlier)),
    };
}
