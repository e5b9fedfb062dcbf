using ClickHouse.Driver.ADO;

namespace Strata.ClickHouse.Server;

/// <summary>Driver settings from STRATA_CLICKHOUSE's URL: scheme, host, port, user:password, and the database.</summary>
internal static class ServerSettings
{
    public static ClickHouseClientSettings From(Uri address, string database, IReadOnlyDictionary<string, string>? sessionSettings = null)
    {
        var credentials = address.UserInfo.Split(':', 2);
        var settings = new ClickHouseClientSettings
        {
            Protocol = address.Scheme,
            Host = address.Host,
            Port = (ushort)address.Port,
            Database = database,
            Username = credentials[0].Length == 0 ? "default" : Uri.UnescapeDataString(credentials[0]),
            Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "",
        };
        // The embedded engine runs every session in UTC; a server must read zone-less DateTime64 the same way.
        settings.CustomSettings["session_timezone"] = "UTC";
        foreach (var (name, value) in sessionSettings ?? new Dictionary<string, string>())
        {
            settings.CustomSettings[name] = value;
        }
        return settings;
    }
}
