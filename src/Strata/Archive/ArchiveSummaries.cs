using Strata.Diagnostics;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>What the summaries step rebuilt: the months, and the summary rows they hold now.</summary>
public sealed record SummarizedMonths(IReadOnlyList<DateOnly> Months, long Rows);

/// <summary>
/// Keeps the archive's monthly summaries (historical_sales_by_customer_month, historical_sales_by_product_month) equal
/// to the archived sales, so the historical reports read a row per customer, category and month instead of every sale
/// (decision 0010). Rebuilds the month a run archived and every month its SCD2 merge or an older archive may have left
/// stale (months_to_summarize.sql), each in one transaction, and checks the customer summary, which goes through the
/// SCD2 versions, against the product summary, a plain sum of the same sales (summary_mismatches.sql).
/// </summary>
public sealed class ArchiveSummaries(ArchiveDatabase archive)
{
    public async Task<SummarizedMonths> RebuildAsync(ArchiveMonth archived, CancellationToken cancellationToken)
    {
        var months = await archive.Database.ReadAsync(archive.Statements.MonthsToSummarize(),
            reader => reader.Column<DateOnly>("month"), cancellationToken, ("month", archived.FirstDay));
        long rows = 0;
        foreach (var month in months.Select(ArchiveMonth.Of))
        {
            rows += await RebuildMonthAsync(month, cancellationToken);
        }
        return new SummarizedMonths(months, rows);
    }

    /// <summary>One month's summaries replaced and checked in one transaction: a mismatch rolls the month back and fails the step.</summary>
    public async Task<long> RebuildMonthAsync(ArchiveMonth month, CancellationToken cancellationToken)
    {
        await using var connection = await archive.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await VersionValidity.RequireAsync(archive.Statements, connection, cancellationToken);
        await connection.ExecuteAsync(archive.Statements.SummarizeMonth(month), cancellationToken);
        var mismatches = await connection.ReadAsync(archive.Statements.SummaryMismatches(month),
            reader => $"historical_sales_by_customer_month holds {reader.Column<decimal>("sales")} sales and {reader.Column<decimal>("revenue")} revenue, "
                + $"the month's sales are {reader.Column<decimal>("archived_sales")} and {reader.Column<decimal>("archived_revenue")}",
            cancellationToken);
        if (mismatches.Count > 0)
        {
            throw new StrataException($"The summaries of {month} disagree with its archived sales ({string.Join("; ", mismatches)}): "
                + "look for overlapping versions in historical_products or historical_customers, then run the month again.");
        }
        var rows = await connection.ScalarAsync<long>(archive.Statements.SummaryRows(month), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }
}
