using System.Security.Cryptography;
using System.Text;

namespace Strata.Security;

/// <summary>
/// A PostgreSQL SCRAM-SHA-256 password verifier, computed here as psql's \password does: ALTER ROLE ... PASSWORD then
/// carries the verifier, never the password, so the server's statement log and pg_stat_activity cannot show it.
/// PostgreSQL normalises passwords with SASLprep first; for ASCII passwords (what `openssl rand` gives) that changes nothing.
/// </summary>
public static class ScramVerifier
{
    /// <summary>PostgreSQL's default (scram_iterations).</summary>
    private const int Iterations = 4096;

    public static string Of(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        var storedKey = SHA256.HashData(HMACSHA256.HashData(salted, "Client Key"u8));
        var serverKey = HMACSHA256.HashData(salted, "Server Key"u8);
        return $"SCRAM-SHA-256${Iterations}:{Convert.ToBase64String(salt)}${Convert.ToBase64String(storedKey)}:{Convert.ToBase64String(serverKey)}";
    }
}
