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
        // Only *.csv: a data directory may also hold a manifest or notes, which are not input.
        var files = Directory.EnumerateFiles(path)
            .Where(file => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files : throw new StrataException($"{path}: no .csv files in this directory");
    }
}
