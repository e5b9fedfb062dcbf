using Microsoft.Extensions.Logging;
using Strata.Sources.Generation;

namespace Strata.Benchmarking;

/// <summary>
/// `strata generate`'s generator writes the N sales (and the dimensions) as CSV into the bench folder. Its raw limit
/// is writing the same sales file's bytes again (<see cref="WriteLimit"/>).
/// </summary>
internal sealed class GenerateStage : IBenchStage
{
    public string Name => BenchStages.Generate;

    public async Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var generator = new DataGenerator(run.LoggerFactory.CreateLogger<DataGenerator>());
        var (generated, measured) = await StageMeasurement.MeasureAsync(() => Task.Run(
            () => generator.Generate(run.Generation, run.Folder, null, cancellationToken), cancellationToken));
        var limit = await WriteLimit.MeasureAsync(generated.Tables["sales_data"].File, cancellationToken);
        return BenchStage.From(Name, generated.Sales, measured, limit);
    }
}
