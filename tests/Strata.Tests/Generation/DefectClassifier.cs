using System.Globalization;
using System.Text.RegularExpressions;
using Strata.Contracts;
using Strata.Sources.Generation;

namespace Strata.Tests.Generation;

/// <summary>
/// Names the defect each row of a generated file carries, from the file and docs/csv-format.md alone (ids above the
/// genuine range are extra rows; a repeated id is a duplicate; a canonical-looking genuine row is clean),
/// and checks that each defective row carries exactly one fault.
/// </summary>
public sealed partial class DefectClassifier(GenerationSummary summary)
{
    public Dictionary<string, long> Count(TableContract table, IReadOnlyList<string[]> rows)
    {
        var counts = new Dictionary<string, long>();
        var key = GeneratedSet.Column(table, table.Key);
        var seen = new Dictionary<string, string[]>();
        foreach (var row in rows)
        {
            var kind = Classify(table, row, key, seen);
            if (kind is not null)
            {
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
            }
        }
        return counts;
    }

    public bool IsGenuineCustomer(string id) => int.TryParse(id, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= summary.Customers;

    public bool IsGenuineProduct(string id) => ProductCode().Match(id) is { Success: true } match
        && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var n && n >= 1 && n <= summary.Products;

    public bool IsGenuine(TableContract table, string id) => table.Name switch
    {
        "customer_data" => IsGenuineCustomer(id),
        "product_data" => IsGenuineProduct(id),
        "returns_data" => long.TryParse(id, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= summary.Returns,
        _ => long.TryParse(id, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= summary.Sales,
    };

    private string? Classify(TableContract table, string[] row, int key, Dictionary<string, string[]> seen)
    {
        var id = row[key];
        if (seen.TryGetValue(id, out var first))
        {
            if (first.SequenceEqual(row))
            {
                return "exact_duplicate";
            }
            Assert.Empty(Faults(table, row));
            return "conflicting_duplicate";
        }
        seen[id] = row;
        var faults = Faults(table, row);
        if (!IsGenuine(table, id))
        {
            return Assert.Single(faults);
        }
        Assert.Empty(faults);
        var spellings = InPlace(table, row);
        Assert.True(spellings.Count <= 1, $"Row {id} of {table.Name} has more than one in-place defect.");
        return spellings.SingleOrDefault();
    }

    /// <summary>What would make the ingest quarantine the row.</summary>
    private List<string> Faults(TableContract table, string[] row)
    {
        var faults = new List<string>();
        for (var index = 0; index < row.Length; index++)
        {
            var column = table.Columns[index];
            var text = row[index].Trim();
            if (text.Length == 0)
            {
                if (column.Required)
                {
                    faults.Add("missing_required");
                }
                continue;
            }
            var fault = column.Kind switch
            {
                ValueKind.SmallInteger or ValueKind.Integer or ValueKind.BigInteger =>
                    !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? "unparseable_number"
                    : column.Name == "quantity" && number <= 0 ? "non_positive_quantity" : null,
                ValueKind.Money =>
                    !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var money)
                    ? "unparseable_number"
                    : money <= 0 ? "non_positive_price" : null,
                ValueKind.Date => AcceptedSpellings.Date(text) is null ? "unparseable_date" : null,
                ValueKind.Timestamp => AcceptedSpellings.Instant(text) is not { } instant ? "unparseable_date" : instant.Year >= 2090 ? "future_date" : null,
                _ => null,
            };
            fault ??= column.References switch
            {
                "customer_data" when !IsGenuineCustomer(text) => "unknown_reference",
                "product_data" when !IsGenuineProduct(text) => "unknown_reference",
                _ => null,
            };
            if (fault is not null)
            {
                faults.Add(fault);
            }
        }
        return faults;
    }

    /// <summary>What the ingest converts or normalises in place: alternative date spellings, messy categorical text.</summary>
    private static List<string> InPlace(TableContract table, string[] row)
    {
        var found = new List<string>();
        for (var index = 0; index < row.Length; index++)
        {
            var column = table.Columns[index];
            var text = row[index];
            if ((column.Kind == ValueKind.Date && !AcceptedSpellings.IsCanonicalDate(text))
                || (column.Kind == ValueKind.Timestamp && !AcceptedSpellings.IsCanonicalTimestamp(text)))
            {
                found.Add("mixed_date_format");
            }
            if (column.Categorical && (text != text.Trim() || !AcceptedSpellings.IsTitleCase(text)))
            {
                found.Add("stray_whitespace_case");
            }
        }
        return found;
    }

    [GeneratedRegex("^P([0-9]{5,})$")]
    private static partial Regex ProductCode();
}
