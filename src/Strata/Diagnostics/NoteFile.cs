using System.Text.Json;

namespace Strata.Diagnostics;

/// <summary>A note that names the process that wrote it and since when, so a reader can tell whether that process still runs.</summary>
public interface IProcessNote
{
    int Pid { get; }

    DateTimeOffset StartedAt { get; }
}

/// <summary>
/// A small JSON note a process leaves beside a store for other processes (who holds the store, where a server listens):
/// written whole or not at all (a reader never sees half a note), read back as null when it is missing or unreadable,
/// and removed by the process that wrote it. A process killed outright leaves its note behind; readers ask whether
/// its writer still runs (<see cref="ReadLive{T}"/>).
/// </summary>
public static class NoteFile
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static void Write<T>(string path, T note) where T : IProcessNote
    {
        File.WriteAllText(path + ".partial", JsonSerializer.Serialize(note, Json));
        File.Move(path + ".partial", path, overwrite: true);
    }

    /// <summary>The note, if another process that still runs wrote it.</summary>
    public static T? ReadLive<T>(string path) where T : class, IProcessNote =>
        Read<T>(path) is { } note && note.Pid != Environment.ProcessId && ProcessLiveness.IsAlive(note.Pid, note.StartedAt) ? note : null;

    /// <summary>Deletes the note if this process wrote it (a later writer's note stays).</summary>
    public static void RemoveOwn<T>(string path) where T : class, IProcessNote
    {
        if (Read<T>(path) is { } note && note.Pid == Environment.ProcessId)
        {
            File.Delete(path);
        }
    }

    private static T? Read<T>(string path) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json);
        }
        catch (Exception unreadable) when (unreadable is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
