namespace Strata.Orchestration;

/// <summary>
/// The orchestration/ folder against the files the manifest generates: which are unchanged, which differ or are missing,
/// and which Python files in a generated folder the manifest no longer yields. Writing brings it in line.
/// </summary>
public sealed class OrchestrationFolder(string root)
{
    public string Root => Path.GetFullPath(root);

    public IReadOnlyList<FileState> Compare(IReadOnlyList<GeneratedFile> files)
    {
        var states = files.Select(file => new FileState(file.Path, StateOf(file))).ToList();
        var generated = files.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        states.AddRange(OrchestrationFiles.OwnedFolders.Where(folder => Directory.Exists(Path.Combine(root, folder)))
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.py"))
            .Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !generated.Contains(path))
            .Order(StringComparer.Ordinal)
            .Select(path => new FileState(path, FileStatus.NotGenerated)));
        return states;
    }

    /// <summary>Writes what differs or is missing and deletes what is no longer generated; returns what it found before.</summary>
    public IReadOnlyList<FileState> Write(IReadOnlyList<GeneratedFile> files)
    {
        var states = Compare(files);
        foreach (var file in files.Where(file => states.Single(state => state.Path == file.Path).Status != FileStatus.Unchanged))
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
        foreach (var stale in states.Where(state => state.Status == FileStatus.NotGenerated))
        {
            File.Delete(Path.Combine(root, stale.Path));
        }
        return states;
    }

    private FileStatus StateOf(GeneratedFile file)
    {
        var path = Path.Combine(root, file.Path);
        return !File.Exists(path) ? FileStatus.Missing
            : File.ReadAllText(path) == file.Text ? FileStatus.Unchanged
            : FileStatus.Differs;
    }
}

/// <summary>One file of the folder and how it stands against what the manifest generates.</summary>
public sealed record FileState(string Path, FileStatus Status);

public enum FileStatus
{
    Unchanged,
    Differs,
    Missing,

    /// <summary>A Python file in a generated folder that the manifest no longer yields.</summary>
    NotGenerated,
}
