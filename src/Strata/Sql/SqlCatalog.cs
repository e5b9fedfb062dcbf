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

    /// <summary>Names of the embedded SQL files under a folder, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return [.. Engine.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }
}
