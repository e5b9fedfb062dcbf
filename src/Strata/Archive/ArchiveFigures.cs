using Strata.Postgres;

namespace Strata.Archive;

/// <summary>The archive's per-day figures of a month: in its staging table before the swap, in historical_sales after.</summary>
public sealed class ArchiveFigures(ArchiveDatabase archive, ArchiveMonth month)
{
    public Task<List<ArchiveDayFigures>> StagedAsync(CancellationToken cancellationToken) =>
        ReadAsync(archive.Statements.StagedDayFigures(month), cancellationToken);

    public Task<List<ArchiveDayFigures>> ArchivedAsync(CancellationToken cancellationToken) =>
        ReadAsync(archive.Statements.ArchivedDayFigures(month), cancellationToken);

    private async Task<List<ArchiveDayFigures>> ReadAsync(string sql, CancellationToken cancellationToken)
    {
        await using var result = await new PostgresSqlTier("greenplum", archive.Database).QueryAsync(sql, null, cancellationToken);
        return await ArchiveDayFigures.ReadAsync(result, cancellationToken);
    }
}
