using Strata.Contracts;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Raw.Ingest;
using Strata.Sources;

namespace Strata.Benchmarking;

/// <summary>
/// `strata ingest` of the bench folder's files into the raw tier (the same IngestRunner: customers, then products,
/// then sales, then their returns, and the raw tier's contract checks on what was written), counting the sales loaded.
/// Its raw limit is a plain COPY of the same sales CSV into a table with sales_data's constraints and indexes
/// (<see cref="ConstrainedCopyLimit"/>). The returns (about 2% more rows) are in the stage's time, not in its limit: the
/// ratio may come out a little worse for them, never better.
/// </summary>
internal sealed class IngestStage : IBenchStage
{
    public string Name => BenchStages.Ingest;

    public async Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var files = InputFiles.Find(run.Folder);
        var (ingested, measured) = await StageMeasurement.MeasureAsync(run.Warehouse, () =>
            new IngestRunner(run.Raw, run.LoggerFactory).RunAsync(files, IngestFormat.Strata, new Progress<double>(), new RunOptions(), cancellationToken),
            cancellationToken);
        if (!ingested.Outcome.Succeeded)
        {
            throw new StrataException($"The ingest of the generated files failed: {ingested.Outcome.Error}");
        }
        var loaded = ingested.Report.Tables[RawTables.Sales.Name].Loaded;
        var salesFile = files.Single(file => Path.GetFileName(file) == RawTables.Sales.Name + ".csv");
        var limit = await ConstrainedCopyLimit.MeasureAsync(run.Raw, salesFile, loaded, cancellationToken);
        return BenchStage.From(Name, loaded, measured, limit);
    }
}
