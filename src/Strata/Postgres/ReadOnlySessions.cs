using Npgsql;

namespace Strata.Postgres;

/// <summary>
/// Sessions whose every transaction is READ ONLY: a server-side default set at connect (default_transaction_read_only), for
/// whatever only reads (`strata query` without --write, the dashboard). It keeps a slip from changing data; a role without
/// write grants (strata_reader) is what guarantees it, since a session may set the default back.
/// </summary>
public static class ReadOnlySessions
{
    public static string Of(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        return builder.ConnectionString;
    }
}
