using System.Text;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// The server settings the embedded engine starts with, written beside its data (<c>strata-engine.xml</c>) and passed
/// as its configuration file. libchdb is clickhouse-local: defaults made for a server that lives for weeks, while a
/// `strata` process lives seconds. See docs/decisions/0007-embedded-store-housekeeping-and-backups.md for the measurements.
/// </summary>
internal static class EmbeddedConfiguration
{
    public const string FileName = "strata-engine.xml";

    /// <summary>
    /// Dropped tables (every CREATE OR REPLACE of a working table drops one) are purged at once instead of after
    /// 480 s: the process is gone long before then, so each run left ~20 tables behind. Outdated parts (replaced
    /// partitions, merged parts; clickhouse-local keeps none, old_parts_lifetime 0) are removed by the cleanup thread,
    /// which waits 30-40 s between rounds by default; every second instead, so a run removes the leftovers an earlier
    /// process left, and most of its own (what it replaces in its last second waits for the next process). BACKUP and
    /// RESTORE may use any folder: clickhouse-local's file() already reaches every path the process may, so the operating
    /// system's permissions are the boundary, and a read-only session (readonly=1) can run neither. The tables load in the
    /// background (async_load_databases, a server's default; clickhouse-local otherwise reads every part of every table
    /// before its first query, about 250 parts of 46 tables at 10M sales): a nightly run's first PostgreSQL work goes on
    /// meanwhile, and a query or DDL that needs a table waits for exactly that table to be loaded.
    /// </summary>
    private const string Settings = """
        <clickhouse>
          <async_load_databases>true</async_load_databases>
          <database_atomic_delay_before_drop_table_sec>0</database_atomic_delay_before_drop_table_sec>
          <merge_tree>
            <cleanup_delay_period>1</cleanup_delay_period>
            <cleanup_delay_period_random_add>0</cleanup_delay_period_random_add>
          </merge_tree>
          <backups>
            <allowed_path>/</allowed_path>
          </backups>
        </clickhouse>
        """;

    /// <summary>Writes the file into the data directory (unless it already says the same) and returns its path.</summary>
    public static string Write(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path) || File.ReadAllText(path, Encoding.UTF8) != Settings)
        {
            File.WriteAllText(path, Settings, Encoding.UTF8);
        }
        return path;
    }
}
