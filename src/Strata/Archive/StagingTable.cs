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
        await ArchiveCommand.ExecuteAsync(connection, archive.Statements.DropStaging(month), cancellationToken);
        await ArchiveCommand.ExecuteAsync(connection, archive.Statements.CreateStaging(month), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        return await ArchiveCommand.ScalarAsync<long>(connection, $"SELECT count(*) FROM {Name}", cancellationToken);
    }
}
