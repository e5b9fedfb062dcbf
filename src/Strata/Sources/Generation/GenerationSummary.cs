namespace Strata.Sources.Generation;

/// <summary>
/// What `strata generate` wrote. Customers, Products, Sales and Returns count genuine rows; Defects counts each kind
/// over all files (snake_case names, see docs/csv-format.md); Tables breaks the same down per file, so an ingest test can
/// check read = Rows, loaded = Genuine, duplicates = exact_duplicate and quarantined = the other extra kinds.
/// </summary>
public sealed record GenerationSummary(
    int Customers,
    int Products,
    long Sales,
    long Returns,
    IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, long> Defects,
    IReadOnlyDictionary<string, TableOutput> Tables);

/// <summary>One written file: every data row in it (genuine and defective extras) and the defects it carries.</summary>
public sealed record TableOutput(string File, long Rows, long Genuine, IReadOnlyDictionary<string, long> Defects);
