namespace Strata.Sources.OnlineRetail;

/// <summary>
/// StockCodes of the Online Retail II export that are not merchandise but postage, fees and bookkeeping
/// lines. They are no sale of a product, so they go to quarantine with what they are.
/// </summary>
public static class NonProductCodes
{
    private static readonly Dictionary<string, string> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST"] = "postage",
        ["DOT"] = "dotcom postage",
        ["C2"] = "carriage",
        ["C3"] = "carriage",
        ["M"] = "a manual adjustment",
        ["D"] = "a discount",
        ["S"] = "samples",
        ["B"] = "a bad-debt adjustment",
        ["CRUK"] = "a CRUK commission",
        ["BANK CHARGES"] = "bank charges",
        ["AMAZONFEE"] = "an Amazon fee",
        ["ADJUST"] = "an adjustment",
        ["ADJUST2"] = "an adjustment",
        ["PADS"] = "a padding line",
    };

    private static readonly (string Prefix, string Meaning)[] Prefixes = [("TEST", "a test line"), ("GIFT_", "a gift voucher")];

    /// <summary>What the line is ("postage"), or null for a product.</summary>
    public static string? Describe(string stockCode) =>
        Exact.TryGetValue(stockCode, out var meaning)
            ? meaning
            : Prefixes.FirstOrDefault(p => stockCode.StartsWith(p.Prefix, StringComparison.OrdinalIgnoreCase)).Meaning;
}
