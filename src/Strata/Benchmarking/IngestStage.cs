using Microsoft.Extensions.Logging;
using Strata.Contracts;
using Strata.Diagnostics;
using Strata.Raw.Ingest;
using Strata.Sources;

namespace Strata.Benchmarking;

/// <summary>
/// `strata ingest` of the bench folder's files into the raw tier (customers, then products, then sales), counting the
/// sales loaded. Its raw limit is a plain COPY of the same sales CSV into a table with sales_data's constraints and
/// indexes (<see cref="ConstrainedCopyLimit"/>).
/// </summary>
internal sealed class IngestStage : IBenchStage
{
    public string Name => BenchStages.Ingest;

    public async Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var ingestor = new Ingestor(run.Raw, run.LoggerFactory.CreateLogger<Ingestor>(), TimeProvider.System);
        var files = InputFiles.Find(run.Folder);
        var (ingested, measured) = await StageMeasurement.MeasureAsync(() =>
            ingestor.IngestAsync(files, IngestFormat.Strata, Guid.NewGuid(), new Progress<double>(), cancellationToken));
        if (ingested.Files.FirstOrDefault(file => file.Status == FileStatus.Refused) is { } refused)
        {
            throw new StrataException($"The ingest refused a generated file: {refused.Message}");
        }
        var loaded = ingested.Tables[RawTables.Sales.Name].Loaded;
        var salesFile = files.Single(file => Path.GetFileName(file) == RawTables.Sales.Name + ".csv");
        var limit = await ConstrainedCopyLimit.MeasureAsync(run.Raw, salesFile, loaded, cancellationToken);
        return BenchStage.From(Name, loaded, measured, limit);
    }
}
