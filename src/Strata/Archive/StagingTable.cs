using Strata.Postgres;

namespace Strata.Archive;

/// <summary>A month's staging table in the archive: created empty (dropping what a crashed run left), then filled by ClickHouse.</summary>
public sealed class StagingTable(ArchiveDatabase archive, ArchiveMonth month)
{
    public static string NameOf(ArchiveMonth month) => $"historical_sales_stage_{month.Suffix}";

    public string Name => NameOf(month);

    public async Task RecreateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(archive.Statements.DropStaging(month), cancellationToken);
        await connection.ExecuteAsync(archive.Statements.CreateStaging(month), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
