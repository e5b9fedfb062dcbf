namespace Strata.Configuration;

/// <summary>
/// The login the dashboard reads the PostgreSQL-protocol tiers as: strata_reader (STRATA_READER_PASSWORD, the password
/// `strata db init` gave it), or another login that acts as strata_reader (STRATA_READER_USER), on the tiers' own hosts.
/// </summary>
public sealed record ReaderLogin(string User, string Password)
{
    public const string PasswordVariable = "STRATA_READER_PASSWORD";

    public const string UserVariable = "STRATA_READER_USER";

    /// <summary>The role `strata db init` makes for reading.</summary>
    public const string DefaultUser = Security.AccessRoles.Reader;

    /// <summary>The login as STRATA_READER_USER and STRATA_READER_PASSWORD give it, or null when no password is set.</summary>
    public static ReaderLogin? FromEnvironment(Func<string, string?> lookup) =>
        string.IsNullOrEmpty(lookup(PasswordVariable))
            ? null
            : new ReaderLogin(string.IsNullOrWhiteSpace(lookup(UserVariable)) ? DefaultUser : lookup(UserVariable)!.Trim(), lookup(PasswordVariable)!);

    /// <summary>The name only: a record's generated text would print the password.</summary>
    public override string ToString() => User;
}
