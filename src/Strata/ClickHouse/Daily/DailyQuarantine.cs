namespace Strata.ClickHouse.Daily;

/// <summary>Placeholder until the ClickHouse quarantine table lands (feature/clickhouse).</summary>
internal static class DailyQuarantine
{
    public static Task ReplaceAsync(DailyRun run, CancellationToken cancellationToken) => Task.CompletedTask;
}
