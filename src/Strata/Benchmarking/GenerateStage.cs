using Microsoft.Extensions.Logging;
using Strata.Contracts;
using Strata.Sources.Generation;

namespace Strata.Benchmarking;

/// <summary>
/// `strata generate`'s generator writes the N sales, their returns (about 2% of the lines) and the dimensions as CSV
/// into the bench folder; its rows are the sales. Its raw limit is writing the same sales and returns files' bytes
/// again (<see cref="WriteLimit"/>).
/// </summary>
internal sealed class GenerateStage : IBenchStage
{
    public string Name => BenchStages.Generate;

    public async Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var generator = new DataGenerator(run.LoggerFactory.CreateLogger<DataGenerator>());
        var (generated, measured) = await StageMeasurement.MeasureAsync(run.Warehouse, () => Task.Run(
            () => generator.Generate(run.Generation, run.Folder, null, cancellationToken), cancellationToken), cancellationToken);
        var limit = await WriteLimit.MeasureAsync(
            [generated.Tables[RawTables.Sales.Name].File, generated.Tables[RawTables.Returns.Name].File], cancellationToken);
        return BenchStage.From(Name, generated.Sales, measured, limit);
    }
}
