using System.Text.Json;

namespace Strata.Sources.Generation.Defects;

/// <summary>The faults `--defects` injects (docs/csv-format.md lists each with what the ingest must do with it).</summary>
public enum DefectKind
{
    ExactDuplicate,
    ConflictingDuplicate,
    MissingRequired,
    NonPositiveQuantity,
    NonPositivePrice,
    UnparseableNumber,
    UnparseableDate,
    FutureDate,
    UnknownReference,
    MixedDateFormat,
    StrayWhitespaceCase,
}

/// <summary>Where a defective row goes relative to the genuine row it was made from.</summary>
internal enum DefectPlacement
{
    /// <summary>The genuine row itself is written differently (still loadable).</summary>
    InPlace,

    /// <summary>A copy with the genuine id, held back to appear later in the file.</summary>
    LaterCopy,

    /// <summary>An extra row with a fresh id, written right after the genuine one.</summary>
    ExtraRow,
}

public static class DefectKinds
{
    public static IReadOnlyList<DefectKind> All { get; } = Enum.GetValues<DefectKind>();

    /// <summary>The summary's key: exact_duplicate, stray_whitespace_case, ...</summary>
    public static string Name(this DefectKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    internal static DefectPlacement Placement(this DefectKind kind) => kind switch
    {
        DefectKind.ExactDuplicate or DefectKind.ConflictingDuplicate => DefectPlacement.LaterCopy,
        DefectKind.MixedDateFormat or DefectKind.StrayWhitespaceCase => DefectPlacement.InPlace,
        _ => DefectPlacement.ExtraRow,
    };
}
