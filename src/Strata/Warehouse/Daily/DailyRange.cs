using Strata.Diagnostics;

namespace Strata.Warehouse.Daily;

/// <summary>The logical dates a daily run is asked for: one day (--date D) or an inclusive range (--from A --to B), in UTC days.</summary>
public sealed record DailyRange(DateOnly From, DateOnly To)
{
    public static DailyRange Day(DateOnly date) => new(date, date);

    public static DailyRange Between(DateOnly from, DateOnly to) => from <= to
        ? new DailyRange(from, to)
        : throw new StrataException($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}.");

    public override string ToString() => From == To ? $"{From:yyyy-MM-dd}" : $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
