using Strata.Querying;

namespace Strata.Web.Dashboard;

/// <summary>One key figure of the period, as shown, with its value and change against the period before (null: no sales then).</summary>
public sealed record KeyFigure(string Name, string Text, decimal Value, decimal? Previous, decimal? ChangePct, string? ChangeText)
{
    /// <summary>Revenue, orders, customers and average check of key_figures.sql, for the period and the period before.</summary>
    public static IReadOnlyList<KeyFigure> Compare(ResultRow period, ResultRow previous) =>
    [
        Of("revenue", Math.Round(period.Amount("revenue"), 2), Math.Round(previous.Amount("revenue"), 2), Money.Format),
        Of("orders", period.Number("orders"), previous.Number("orders"), value => Money.Count((long)value)),
        Of("customers", period.Number("customers"), previous.Number("customers"), value => Money.Count((long)value)),
        Of("average check", Math.Round(period.Amount("avg_check"), 2), Math.Round(previous.Amount("avg_check"), 2), Money.Format),
    ];

    private static KeyFigure Of(string name, decimal value, decimal previous, Func<decimal, string> format)
    {
        var change = previous == 0 ? (decimal?)null : Math.Round(100 * (value - previous) / previous, 1, MidpointRounding.AwayFromZero);
        return new KeyFigure(name, format(value), value, previous == 0 ? null : previous, change, Money.Change(change));
    }
}
