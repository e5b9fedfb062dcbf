using Strata.Archive;
using Strata.Diagnostics;
using Strata.Pipeline;

namespace Strata.Benchmarking;

/// <summary>
/// The monthly archive of the generated history's months in one run (`strata run monthly --from --to`, the same
/// MonthlyRunner): every month checked, staged, verified, swapped and verified again, with the SCD2 dimensions. Its
/// raw limit is one COPY stream of the same rows into a bare table of the archive (<see cref="ArchiveCopyLimit"/>).
/// </summary>
internal sealed class MonthlyArchiveStage : IBenchStage
{
    public string Name => BenchStages.MonthlyArchive;

    public async Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var months = run.HistoryMonths;
        var runner = new MonthlyRunner(run.Warehouse, run.Settings.Archive, run.Raw, run.LoggerFactory);
        var (monthly, measured) = await StageMeasurement.MeasureAsync(
            run.Warehouse, () => runner.RunAsync(months, new RunOptions(), cancellationToken), cancellationToken);
        if (!monthly.Succeeded)
        {
            throw new StrataException($"The monthly archive failed: {monthly.Error}");
        }
        var archived = monthly.Verification.Months.Sum(month => month.ArchivedRows);
        var limit = await ArchiveCopyLimit.MeasureAsync(run, months[0], months[^1], archived, cancellationToken);
        return BenchStage.From(Name, archived, measured, limit);
    }
}
