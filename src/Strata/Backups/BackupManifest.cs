using System.Text.Json;
using System.Text.Json.Serialization;
using Strata.Diagnostics;

namespace Strata.Backups;

/// <summary>One tier in a backup: its tables' figures, the bytes its files take, and how long the backup of it took.</summary>
public sealed record TierBackup(string Tier, IReadOnlyList<TableFigures> Tables, long Bytes, double Seconds);

/// <summary>
/// <c>manifest.json</c> in a backup's folder, written last (a folder without one is a backup that did not finish): when it
/// was taken, with which tools, and each tier's figures taken in the same snapshot as its data. `strata backup verify`
/// compares a restore against it; the newest one's <see cref="CreatedAt"/> is the last successful backup.
/// </summary>
public sealed record BackupManifest(string Backup, DateTimeOffset CreatedAt, IReadOnlyDictionary<string, string> Tools, IReadOnlyList<TierBackup> Tiers)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Versions and paths read as written ("15.18-0+deb12u1"); the file is never embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public TierBackup? Of(BackupTier tier) => Tiers.FirstOrDefault(backup => backup.Tier == tier.Name());

    public void Write() => File.WriteAllText(Path.Combine(Backup, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>The manifest of the backup in <paramref name="folder"/>, with <see cref="Backup"/> set to where it is now.</summary>
    public static BackupManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new StrataException($"{folder} holds no {FileName}: not a finished backup (give the folder `strata backup create` printed).");
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json)
                ?? throw new JsonException("empty");
            return manifest with { Backup = Path.GetFullPath(folder) };
        }
        catch (JsonException unreadable)
        {
            throw new StrataException($"{path} is not a readable backup manifest ({unreadable.Message}): the backup is damaged.");
        }
    }
}
