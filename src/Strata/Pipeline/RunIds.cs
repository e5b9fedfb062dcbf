using System.Security.Cryptography;
using System.Text;

namespace Strata.Pipeline;

/// <summary>
/// Run ids as orchestrators give them: Dagster's are UUIDs, Airflow's are text ("scheduled__2026-11-30T02:00:00+00:00").
/// A UUID is taken as it is; any other text becomes the same UUID every time (name-based, SHA-1, RFC 4122 version 5),
/// so every task of one orchestrator run joins one run in the history.
/// </summary>
public static class RunIds
{
    /// <summary>The name space of Strata's name-based run ids (a fixed, random UUID).</summary>
    private static readonly Guid Namespace = new("5e2f7c1a-3b9d-4c8e-9a61-0d4b2f7e8c13");

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350",
        Justification = "RFC 4122 name-based UUIDs are defined on SHA-1; the hash names a run, it protects nothing.")]
    public static Guid Parse(string text)
    {
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }
        var hash = SHA1.HashData([.. Namespace.ToByteArray(bigEndian: true), .. Encoding.UTF8.GetBytes(text)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
