using System.Runtime.CompilerServices;
using Strata.Archive;

namespace Strata.Tests.Archive;

/// <summary>
/// The exact DDL and swap SQL each dialect generates, compared with checked-in files under Snapshots/&lt;dialect&gt;/.
/// No Greenplum server runs here, so these files are what a reviewer (and docs/archive.md) reads as the Greenplum 6
/// and 7 DDL; any change to the generated SQL fails until the expected file is updated on purpose
/// (STRATA_ACCEPT_SNAPSHOTS=1 rewrites them).
/// </summary>
public sealed class DialectSnapshotTests
{
    private static readonly ArchiveMonth March = new(2024, 3);

    public static TheoryData<ArchiveDialect, string> Cases()
    {
        var cases = new TheoryData<ArchiveDialect, string>();
        foreach (var dialect in ArchiveDialects.All)
        {
            foreach (var statement in Statements.Keys)
            {
                cases.Add(dialect, statement);
            }
        }
        return cases;
    }

    private static readonly Dictionary<string, Func<ArchiveStatements, string>> Statements = new()
    {
        ["create_dimensions.sql"] = s => s.CreateDimensions(new ArchiveMonth(2024, 1), March),
        ["create_sales.sql"] = s => s.CreateSales(new ArchiveMonth(2024, 1), March),
        ["create_returns.sql"] = s => s.CreateReturns(),
        ["create_summaries.sql"] = s => s.CreateSummaries(),
        ["add_partition.sql"] = s => s.AddPartition(March),
        ["create_staging.sql"] = s => s.CreateStaging(March),
        ["swap_month.sql"] = s => s.SwapMonth(March),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_sql_matches_the_checked_in_snapshot(ArchiveDialect dialect, string statement)
    {
        var actual = Statements[statement](new ArchiveStatements(new ArchiveSql(dialect)));
        var expectedPath = Path.Combine(SnapshotFolder(), dialect.Folder(), statement);
        if (Environment.GetEnvironmentVariable("STRATA_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"No snapshot {expectedPath}; run with STRATA_ACCEPT_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void Each_greenplum_dialect_lays_out_history_the_greenplum_way()
    {
        foreach (var dialect in new[] { ArchiveDialect.Greenplum6, ArchiveDialect.Greenplum7 })
        {
            var statements = new ArchiveStatements(new ArchiveSql(dialect));
            var ddl = statements.CreateTables(March, March) + statements.AddPartition(March);

            Assert.Contains("DISTRIBUTED BY (customer_id)", ddl, StringComparison.Ordinal);
            Assert.Contains("compresstype=zstd", ddl, StringComparison.Ordinal);
            Assert.Contains("EXCHANGE PARTITION FOR ('2024-03-01 00:00:00+00')", statements.SwapMonth(March), StringComparison.Ordinal);
        }
    }

    private static string SnapshotFolder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Snapshots");
}
