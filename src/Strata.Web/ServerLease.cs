using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Diagnostics;

namespace Strata.Web;

/// <summary>
/// The note `strata serve` leaves in the embedded store's folder (<c>strata-serve.json</c>) while it owns the store:
/// where it listens, its pid, since when, and whether requests need the token. A command that finds a live server's
/// lease sends itself there instead of opening the store; the server removes the lease as it stops.
/// </summary>
public sealed record ServerLease(Uri Url, int Pid, DateTimeOffset StartedAt, bool TokenRequired) : IProcessNote
{
    public const string FileName = "strata-serve.json";

    /// <summary>The folder of the embedded store the settings name; null for a ClickHouse server (nothing to own).</summary>
    public static string? StoreDirectory(StrataSettings settings) =>
        ClickHouseLocation.Parse(settings.Warehouse) is ClickHouseLocation.Embedded embedded ? Path.GetFullPath(embedded.Directory) : null;

    public void Write(string storeDirectory) => NoteFile.Write(Path.Combine(storeDirectory, FileName), this);

    public static void Remove(string storeDirectory) => NoteFile.RemoveOwn<ServerLease>(Path.Combine(storeDirectory, FileName));

    /// <summary>The lease of a server that still runs; null when there is none, or its process is gone (a crash leaves the file behind).</summary>
    public static ServerLease? ReadLive(string storeDirectory) => NoteFile.ReadLive<ServerLease>(Path.Combine(storeDirectory, FileName));
}
