using Strata.Quality;

namespace Strata.Pipeline.Graph;

/// <summary>
/// The pipeline graph, declared once (R5.1, R5.2): every pipeline's steps in order, what each depends on, reads and
/// writes, its retry policy, timeout and the checks that guard it, and the schedules. `strata manifest` prints it;
/// the runner, the scheduler and the generated Airflow DAGs and Dagster definitions all read it from here.
/// </summary>
public static class PipelineCatalogue
{
    /// <summary>Schedules read in UTC unless STRATA_TIMEZONE names another IANA zone.</summary>
    public const string DefaultTimeZone = "UTC";

    private static readonly RetryPolicy Patient = new(3, TimeSpan.FromSeconds(30));
    private static readonly RetryPolicy Brisk = new(3, TimeSpan.FromSeconds(10));

    /// <summary>A drop folder of CSV files -> the raw tier, every night before the daily load.</summary>
    public static PipelineDefinition Ingest { get; } = new("ingest", new Schedule("0 1 * * *", DefaultTimeZone), PartitionKind.None,
    [
        Step("ingest", "load", [], [Datasets.DropFolder], [.. Datasets.RawBusinessTables, Datasets.RawQuarantine, Datasets.RawLedger],
            Patient, TimeSpan.FromHours(4)),
    ]);

    /// <summary>The raw tier -> the warehouse for a logical date, at 02:00 for the day before.</summary>
    public static PipelineDefinition Daily { get; } = new("daily", new Schedule("0 2 * * *", DefaultTimeZone), PartitionKind.Date,
    [
        Step("daily", "extract", [], Datasets.RawBusinessTables, [.. Datasets.WarehouseLanding, Datasets.FactReturnsStaging], Brisk,
            TimeSpan.FromHours(1)),
        Step("daily", "transform", ["extract"], Datasets.WarehouseLanding, Datasets.WarehouseStaging, Brisk, TimeSpan.FromHours(1)),
        Step("daily", "load", ["transform"], [.. Datasets.WarehouseStaging, Datasets.FactReturnsStaging], [.. Datasets.WarehouseModel, Datasets.FactReturns],
            Brisk, TimeSpan.FromHours(1)),
        Step("daily", "reconcile", ["load"], [Datasets.RawSales, Datasets.FactSales], [Datasets.RawLedger], Brisk, TimeSpan.FromMinutes(30)),
    ]);

    /// <summary>The warehouse -> the archive for a month, on the 1st at 03:00 for the month before.</summary>
    public static PipelineDefinition Monthly { get; } = new("monthly", new Schedule("0 3 1 * *", DefaultTimeZone), PartitionKind.Month,
    [
        Step("monthly", "prepare", [], [], [Datasets.HistoricalSales, Datasets.HistoricalReturns, Datasets.ArchiveMonths], Patient,
            TimeSpan.FromMinutes(10)),
        Step("monthly", "check", ["prepare"], [Datasets.FactSales, Datasets.RawSales], [], Patient, TimeSpan.FromMinutes(30)),
        Step("monthly", "stage", ["check"], [Datasets.FactSales, Datasets.FactReturns], [Datasets.HistoricalSalesStage, Datasets.HistoricalReturnsStage],
            Patient, TimeSpan.FromHours(2)),
        Step("monthly", "verify_staging", ["stage"], [Datasets.HistoricalSalesStage, Datasets.FactSales], [], Patient, TimeSpan.FromMinutes(30)),
        Step("monthly", "swap", ["verify_staging"], [Datasets.HistoricalSalesStage, Datasets.HistoricalReturnsStage],
            [Datasets.HistoricalSales, Datasets.HistoricalReturns, Datasets.ArchiveMonths],
            Patient, TimeSpan.FromMinutes(30)),
        Step("monthly", "verify_archive", ["swap"], [Datasets.HistoricalSales, Datasets.FactSales], [], Patient, TimeSpan.FromMinutes(30)),
        Step("monthly", "dimensions", ["verify_archive"], [Datasets.DimProduct, Datasets.DimCustomer],
            [Datasets.HistoricalProducts, Datasets.HistoricalCustomers], Patient, TimeSpan.FromHours(1)),
        Step("monthly", "summaries", ["dimensions"], [Datasets.HistoricalSales, Datasets.HistoricalProducts, Datasets.HistoricalCustomers],
            [Datasets.HistoricalSalesByCustomerMonth, Datasets.HistoricalSalesByProductMonth], Patient, TimeSpan.FromHours(1)),
        Step("monthly", "ledger", ["summaries"], [Datasets.HistoricalSales], [Datasets.RawLedger], Patient, TimeSpan.FromMinutes(10)),
    ]);

    public static IReadOnlyList<PipelineDefinition> All { get; } = [Ingest, Daily, Monthly];

    public static PipelineDefinition ByName(string name) =>
        All.FirstOrDefault(pipeline => pipeline.Name == name)
        ?? throw new ArgumentOutOfRangeException(nameof(name), name, $"No pipeline '{name}' (there are {string.Join(", ", All.Select(p => p.Name))}).");

    /// <summary>The graph with its schedules read in <paramref name="timeZone"/>.</summary>
    public static IReadOnlyList<PipelineDefinition> In(string timeZone) =>
        [.. All.Select(pipeline => pipeline with { Schedule = pipeline.Schedule.In(timeZone) })];

    private static StepDefinition Step(
        string pipeline, string name, string[] dependsOn, IReadOnlyList<string> reads, IReadOnlyList<string> writes, RetryPolicy retry, TimeSpan timeout) =>
        new(name, dependsOn, reads, writes, retry, timeout, CheckCatalogue.Guarding(pipeline, name));
}
