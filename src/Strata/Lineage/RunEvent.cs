using System.Text.Json.Serialization;

namespace Strata.Lineage;

/// <summary>
/// An OpenLineage RunEvent (spec 2-0-2): a run of a job changed state (START, RUNNING, COMPLETE, FAIL, ABORT), with the
/// datasets it reads and writes. Facets are keyed by name; each carries its producer and the schema it follows.
/// </summary>
public sealed record RunEvent(
    string EventType,
    string EventTime,
    LineageRun Run,
    LineageJob Job,
    IReadOnlyList<LineageInput> Inputs,
    IReadOnlyList<LineageOutput> Outputs,
    string Producer,
    [property: JsonPropertyName("schemaURL")] string SchemaUrl)
{
    public const string Schema = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
}

public sealed record LineageRun(Guid RunId, IReadOnlyDictionary<string, LineageFacet> Facets);

public sealed record LineageJob(string Namespace, string Name, IReadOnlyDictionary<string, LineageFacet> Facets);

public sealed record LineageInput(string Namespace, string Name);

public sealed record LineageOutput(string Namespace, string Name, IReadOnlyDictionary<string, LineageFacet> OutputFacets);

/// <summary>What every facet carries: who produced it and the JSON schema it follows; its own fields follow, by its type.</summary>
[JsonDerivedType(typeof(NominalTimeFacet))]
[JsonDerivedType(typeof(ErrorMessageFacet))]
[JsonDerivedType(typeof(JobTypeFacet))]
[JsonDerivedType(typeof(OutputStatisticsFacet))]
[JsonDerivedType(typeof(StrataRunFacet))]
public abstract record LineageFacet(
    [property: JsonPropertyName("_producer")] string Producer,
    [property: JsonPropertyName("_schemaURL")] string SchemaUrl);

/// <summary>The data interval the run covers (its partition's days), as orchestrators report a run's logical interval.</summary>
public sealed record NominalTimeFacet(string Producer, DateTimeOffset NominalStartTime, DateTimeOffset? NominalEndTime)
    : LineageFacet(Producer, "https://openlineage.io/spec/facets/1-0-1/NominalTimeRunFacet.json#/$defs/NominalTimeRunFacet");

public sealed record ErrorMessageFacet(string Producer, string Message, string ProgrammingLanguage)
    : LineageFacet(Producer, "https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet");

public sealed record JobTypeFacet(string Producer, string ProcessingType, string Integration, string JobType)
    : LineageFacet(Producer, "https://openlineage.io/spec/facets/2-0-3/JobTypeJobFacet.json#/$defs/JobTypeJobFacet");

/// <summary>The rows written to one output dataset; sent where one step alone wrote that dataset and nothing else, so the count is that dataset's.</summary>
public sealed record OutputStatisticsFacet(string Producer, long RowCount)
    : LineageFacet(Producer, "https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json#/$defs/OutputStatisticsOutputDatasetFacet");

/// <summary>Strata's own run facet: the partition, what started the run, and every step this invocation ran with its row counts.</summary>
public sealed record StrataRunFacet(string Producer, string Partition, string Trigger, IReadOnlyList<StrataStepFacet> Steps)
    : LineageFacet(Producer, "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet");

public sealed record StrataStepFacet(string Name, string Status, int Attempt, long RowsIn, long RowsOut, long DurationMs, double PeakMemoryMb, string? Error);
