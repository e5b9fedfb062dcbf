using System.Text;

namespace Strata.Tests.Infrastructure;

/// <summary>A temporary folder per test class, deleted with everything in it afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("strata-tests-").FullName;

    /// <summary>The folder itself.</summary>
    public string Root => root;

    /// <summary>A path inside the folder (not created: the code under test creates it).</summary>
    public string Path(string name) => System.IO.Path.Combine(root, name);

    /// <summary>Writes a UTF-8 text file into the folder (with a byte order mark on request) and returns its path.</summary>
    public string Write(string name, string text, bool byteOrderMark = false)
    {
        File.WriteAllText(Path(name), text, new UTF8Encoding(byteOrderMark));
        return Path(name);
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path(name), bytes);
        return Path(name);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
