using Strata.ClickHouse;
using Strata.Querying;
using Strata.Sql;

namespace Strata.Archive;

/// <summary>Surplus rows of repeated sale_ids in a month of fact_sales, and the first few such ids.</summary>
public sealed record MonthDuplicates(long SurplusRows, string Examples);

/// <summary>
/// One month of ClickHouse's fact_sales as the archive sees it: its per-day figures and duplicates, and the
/// statements that make ClickHouse push the month and the dimensions into the archive itself (postgresql(), COPY).
/// </summary>
public sealed class WarehouseMonth(IClickHouseEngine clickHouse, ClickHouseParameters archiveTarget, ArchiveMonth month)
{
    public async Task<List<ArchiveDayFigures>> DayFiguresAsync(CancellationToken cancellationToken)
    {
        await using var result = await clickHouse.QueryAsync(SqlCatalog.Read("warehouse/archive/month_day_figures.sql"), Bounds(), cancellationToken);
        return await ArchiveDayFigures.ReadAsync(result, cancellationToken);
    }

    public async Task<MonthDuplicates> DuplicatesAsync(CancellationToken cancellationToken)
    {
        await using (var surplus = await clickHouse.QueryAsync(SqlCatalog.Read("warehouse/archive/month_surplus.sql"), Bounds(), cancellationToken))
        {
            if ((await surplus.ReadAllAsync(row => row.Number("surplus_rows"), cancellationToken)).Single() == 0)
            {
                return new MonthDuplicates(0, "");
            }
        }
        await using var result = await clickHouse.QueryAsync(SqlCatalog.Read("warehouse/archive/month_duplicates.sql"), Bounds(), cancellationToken);
        var rows = await result.ReadAllAsync(row => new MonthDuplicates(row.Number("surplus_rows"), row.Text("examples")), cancellationToken);
        return rows.SingleOrDefault() ?? new MonthDuplicates(0, "");
    }

    /// <summary>The attributes of both dimensions as one number, to tell whether they changed since they were last pushed.</summary>
    public async Task<long> DimensionsFingerprintAsync(CancellationToken cancellationToken)
    {
        await using var result = await clickHouse.QueryAsync(SqlCatalog.Read("warehouse/archive/dimensions_fingerprint.sql"), null, cancellationToken);
        return (await result.ReadAllAsync(row => row.Number("fingerprint"), cancellationToken)).Single();
    }

    /// <summary>ClickHouse streams the month's returns (fact_returns) into the archive's stage_returns, stamped <paramref name="archivedAt"/>.</summary>
    public Task PushReturnsAsync(DateTime archivedAt, CancellationToken cancellationToken)
    {
        var parameters = Target();
        foreach (var (name, value) in Bounds())
        {
            parameters[name] = value;
        }
        parameters["archived_at"] = archivedAt;
        return clickHouse.ExecuteAsync(SqlCatalog.Read("warehouse/archive/push_returns.sql"), parameters, cancellationToken);
    }

    /// <summary>ClickHouse streams dim_product and dim_customer into the archive's stage tables.</summary>
    public async Task PushDimensionsAsync(CancellationToken cancellationToken)
    {
        await clickHouse.ExecuteAsync(SqlCatalog.Read("warehouse/archive/push_products.sql"), Target(), cancellationToken);
        await clickHouse.ExecuteAsync(SqlCatalog.Read("warehouse/archive/push_customers.sql"), Target(), cancellationToken);
    }

    private ClickHouseParameters Bounds() => new() { ["month_start"] = month.Start, ["month_end"] = month.End };

    private ClickHouseParameters Target()
    {
        var parameters = new ClickHouseParameters();
        foreach (var (name, value) in archiveTarget)
        {
            parameters[name] = value;
        }
        return parameters;
    }
}
