using Strata.Sources.Cleaning;

namespace Strata.Sources.OnlineRetail;

/// <summary>
/// A cancellation invoice ("C489449") returns goods of an earlier sale: its lines carry negative quantities and
/// load into returns_data, keyed by the number after the "C" like a sale by its invoice number.
/// </summary>
public static class Cancellations
{
    /// <summary>The staged kind of a line that sells ("sale") and of one that returns ("return").</summary>
    public const string SaleKind = "sale";

    public const string ReturnKind = "return";

    public static bool IsCancellation(string invoice) => invoice.StartsWith('C') || invoice.StartsWith('c');

    /// <summary>The invoice's number as written: "C489449" -> "489449", a sale's invoice unchanged.</summary>
    public static string Number(string invoice) => IsCancellation(invoice) ? invoice[1..] : invoice;

    /// <summary>
    /// A cancellation writes the quantity it takes back negative ("-12"); the contract counts the units returned, so
    /// "12". Anything else stays as written for the quantity rule to judge.
    /// </summary>
    public static string ReturnedQuantity(string quantity)
    {
        var text = TextValues.Squeeze(quantity);
        return text.StartsWith('-') ? text[1..] : text;
    }
}
