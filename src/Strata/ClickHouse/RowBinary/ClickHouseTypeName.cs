namespace Strata.ClickHouse.RowBinary;

/// <summary>
/// A ClickHouse type as the engine spells it, split into its name and top-level arguments:
/// "Nullable(DateTime64(6, 'UTC'))" is Nullable with the one argument "DateTime64(6, 'UTC')".
/// </summary>
internal sealed record ClickHouseTypeName(string Name, IReadOnlyList<string> Arguments)
{
    public static ClickHouseTypeName Parse(string text)
    {
        text = text.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new ClickHouseTypeName(text, []);
        }
        if (!text.EndsWith(')'))
        {
            throw new ClickHouseException($"Cannot read the ClickHouse type '{text}'.");
        }
        return new ClickHouseTypeName(text[..open], SplitArguments(text[(open + 1)..^1]));
    }

    /// <summary>Splits on commas outside parentheses and quotes.</summary>
    private static List<string> SplitArguments(string inner)
    {
        var arguments = new List<string>();
        int depth = 0, start = 0;
        var quoted = false;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (quoted)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '\'')
                {
                    quoted = false;
                }
            }
            else if (c == '\'')
            {
                quoted = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                arguments.Add(inner[start..i].Trim());
                start = i + 1;
            }
        }
        arguments.Add(inner[start..].Trim());
        return arguments;
    }
}
