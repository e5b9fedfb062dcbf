using Strata.ClickHouse;

namespace Strata.Warehouse.Daily;

/// <summary>One step of the daily run (extract, transform, load, reconcile); it starts only when the previous one succeeded.</summary>
public interface IDailyStep
{
    string Name { get; }

    /// <summary>Does the step's work and says how many rows went in and came out.</summary>
    Task<StepRows> RunAsync(DailyRun run, CancellationToken cancellationToken);
}

/// <summary>A step's data volume, for its summary and log line.</summary>
public readonly record struct StepRows(long In, long Out);
