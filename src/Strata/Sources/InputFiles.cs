using Strata.Diagnostics;

namespace Strata.Sources;

/// <summary>The files an ingest of PATH reads: PATH itself, or the *.csv files directly inside the directory PATH.</summary>
public static class InputFiles
{
    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }
        if (!Directory.Exists(path))
        {
            throw new StrataException($"{path}: no such file or directory");
        }
        var files = InFolder(path);
        return files.Count > 0 ? files : throw new StrataException($"{path}: no .csv files in this directory");
    }

    /// <summary>The *.csv files directly inside <paramref name="folder"/>, in name order; none is no error (an empty drop folder).</summary>
    public static IReadOnlyList<string> InFolder(string folder) =>
        // Only *.csv: a data directory may also hold a manifest or notes, which are not input.
        [.. Directory.EnumerateFiles(folder)
            .Where(file => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
