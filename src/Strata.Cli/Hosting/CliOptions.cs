using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Strata.Archive;

namespace Strata.Cli.Hosting;

/// <summary>Options whose values people type as dates or months: a bad value is a usage error that says what to write.</summary>
internal static class CliOptions
{
    public static Option<DateOnly> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            result.AddError($"{name} expects a date as YYYY-MM-DD (2024-01-31), not '{text}'.");
            return default;
        },
    };

    /// <summary>
    /// A date option with a default (the generator's range); a bad value says what to write, like the date option without one.
    /// </summary>
    public static Option<DateOnly> Date(string name, string description, DateOnly defaultValue)
    {
        var option = Date(name, description);
        option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    /// <summary>
    /// A number option (counts, a seed, a rate): a bad value is a usage error that says what to write, in words rather
    /// than System.CommandLine's .NET type names ("as expected type 'System.Int64'").
    /// </summary>
    public static Option<T> Number<T>(string name, string description, T defaultValue, string expected) where T : struct, INumber<T> => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (T.TryParse(text, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
            result.AddError($"{name} expects {expected}, not '{text}'.");
            return defaultValue;
        },
    };

    /// <summary>
    /// The option's value for a command validator; false when the option is absent or its value did not parse (its
    /// parser has already said why, and asking System.CommandLine for the value would throw).
    /// </summary>
    public static bool TryGetValue<T>(this System.CommandLine.Parsing.CommandResult result, Option<T> option, out T value)
    {
        value = default!;
        if (result.GetResult(option) is null)
        {
            return false;
        }
        try
        {
            value = result.GetValue(option)!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static Option<ArchiveMonth?> Month(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return ArchiveMonth.Of(day);
            }
            result.AddError($"{name} expects a month as YYYY-MM (2024-03), not '{text}'.");
            return null;
        },
    };

    /// <summary>A whole number of at least 1 (how many to keep), said in words when it is not one.</summary>
    public static Option<int?> PositiveCount(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
            {
                return count;
            }
            result.AddError($"{name} expects a whole number of at least 1, not '{text}'.");
            return null;
        },
    };
}
