using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Strata.Tests;

/// <summary>The style rules no analyzer checks: the line length .editorconfig sets for C#.</summary>
public sealed partial class StyleTests
{
    private static readonly string[] CodeFolders = ["src", "tests"];

    [Fact]
    public void No_csharp_line_is_longer_than_editorconfig_allows()
    {
        var root = RepositoryRoot();
        var editorConfig = File.ReadAllText(Path.Combine(root, ".editorconfig"));
        var limit = int.Parse(MaxLineLength().Match(editorConfig).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var tooLong = CodeFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(entry => entry.line.Length > limit)
            .Select(entry => $"{Path.GetRelativePath(root, entry.file)}:{entry.number} has {entry.line.Length} characters")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Lines longer than {limit} characters:\n{string.Join('\n', tooLong)}");
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    [GeneratedRegex(@"max_line_length\s*=\s*(\d+)")]
    private static partial Regex MaxLineLength();
}
