namespace Strata.Tests.Infrastructure;

/// <summary>A temporary folder per test class, deleted with everything in it afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("strata-tests-").FullName;

    /// <summary>A path inside the folder (not created: the code under test creates it).</summary>
    public string Path(string name) => System.IO.Path.Combine(root, name);

    public void Dispose() => Directory.Delete(root, recursive: true);
}
