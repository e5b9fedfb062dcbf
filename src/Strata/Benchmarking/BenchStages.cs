namespace Strata.Benchmarking;

/// <summary>
/// The stages `strata bench` measures, in the order they run: each works on what the ones before it left in the
/// stores, so a subset (--stages) measures again over the data an earlier full run loaded.
/// </summary>
public static class BenchStages
{
    public const string Generate = "generate";
    public const string Ingest = "ingest";
    public const string DailyLoad = "daily_load";
    public const string DailyIncrement = "daily_increment";
    public const string MonthlyArchive = "monthly_archive";
    public const string Reports = "reports";

    public static IReadOnlyList<string> All { get; } = [Generate, Ingest, DailyLoad, DailyIncrement, MonthlyArchive, Reports];

    /// <summary>"a,b" as stages in run order (a stage named twice runs once); the names that are no stage, when any.</summary>
    public static (IReadOnlyList<string> Stages, IReadOnlyList<string> Unknown) Parse(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return ([.. All.Where(names.Contains)], [.. names.Where(name => !All.Contains(name))]);
    }
}
