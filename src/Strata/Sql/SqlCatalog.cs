using System.Reflection;

namespace Strata.Sql;

/// <summary>The SQL files under sql/, embedded in the engine and named by their path ("raw/ingest/merge_sales.sql").</summary>
public static class SqlCatalog
{
    private static readonly Assembly Engine = typeof(SqlCatalog).Assembly;

    public static string Read(string path)
    {
        using var stream = Engine.GetManifestResourceStream(path)
            ?? throw new InvalidOperationException($"No embedded SQL file '{path}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A COPY statement's file without its header comment: Npgsql requires a COPY's text to start with COPY.</summary>
    public static string ReadCopy(string path) =>
        string.Join('\n', Read(path).Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal)));

    /// <summary>Names of the embedded SQL files under a folder, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return [.. Engine.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }
}
