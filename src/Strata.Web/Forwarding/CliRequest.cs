namespace Strata.Web.Forwarding;

/// <summary>
/// A `strata` command a client asks the server to carry out (POST /api/cli): its arguments, the folder it was typed in
/// (relative paths resolve there), the caller's STRATA_* settings (the command sees those, as it would in its own
/// process) and the caller's terminal width (tables wrap as they would there; null off a terminal).
/// </summary>
public sealed record CliRequest(IReadOnlyList<string> Args, string Cwd, IReadOnlyDictionary<string, string> Env, int? Width)
{
    /// <summary>The commands that need the warehouse store (or may, like `runs`) and so are carried out by the server that holds it.</summary>
    public static IReadOnlySet<string> Forwarded { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "run", "backfill", "check", "query", "report", "runs", "status", "ingest", "bench",
    };

    /// <summary>The command the arguments name: the first that is not an option (`strata --json query ...` is a query).</summary>
    public static string? CommandOf(IReadOnlyList<string> args) => args.FirstOrDefault(arg => !arg.StartsWith('-'));

    /// <summary>Why the server will not carry the request out, or null.</summary>
    public string? Problem =>
        CommandOf(Args) is not { } command || !Forwarded.Contains(command)
            ? $"The server carries out only these commands: {string.Join(", ", Forwarded)}; run the others in their own process."
        : !Path.IsPathFullyQualified(Cwd) || !Directory.Exists(Cwd) ? $"cwd must be an absolute path to an existing folder, not '{Cwd}'."
        : Env.Keys.FirstOrDefault(name => !name.StartsWith(SettingsPrefix, StringComparison.Ordinal)) is { } other
            ? $"env carries STRATA_* settings only, not {other}."
        : null;

    public const string SettingsPrefix = "STRATA_";
}
