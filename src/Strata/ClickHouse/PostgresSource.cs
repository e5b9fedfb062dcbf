using System.Globalization;
using Npgsql;
using Strata.Diagnostics;

namespace Strata.ClickHouse;

/// <summary>
/// How ClickHouse reaches the raw tier itself, through the postgresql() table function: its connection
/// arguments from an Npgsql connection string, bound as query parameters so the password never enters SQL
/// text. In a SQL file: <c>postgresql({pg_address:String}, {pg_database:String}, 'sales_data', {pg_user:String}, {pg_password:String})</c>.
/// </summary>
public static class PostgresSource
{
    /// <summary>A fresh parameter set; add the query's own parameters to it.</summary>
    public static ClickHouseParameters Parameters(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var host = builder.Host ?? "localhost";
        if (host.Contains(',', StringComparison.Ordinal) || host.StartsWith('/'))
        {
            throw new StrataException($"ClickHouse reaches PostgreSQL over TCP at one host; '{host}' is a host list or a Unix socket.");
        }
        var port = builder.Port == 0 ? NpgsqlConnection.DefaultPort : builder.Port;
        return new ClickHouseParameters
        {
            ["pg_address"] = $"{host}:{port.ToString(CultureInfo.InvariantCulture)}",
            ["pg_database"] = builder.Database ?? builder.Username ?? "postgres",
            ["pg_user"] = builder.Username ?? "postgres",
            ["pg_password"] = builder.Password ?? "",
        };
    }
}
