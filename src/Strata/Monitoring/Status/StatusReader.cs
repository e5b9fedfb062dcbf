using Npgsql;
using Strata.Backups;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Pipeline.Graph;
using Strata.Postgres;
using Strata.Querying;
using Strata.Sql;

namespace Strata.Monitoring.Status;

/// <summary>
/// Reads the state of the whole system from where it lives: the run history (the raw tier's strata_meta), each tier's
/// newest data and the newest finished backup (its manifest). A tier that cannot be reached is reported with its error,
/// never thrown, so the report always comes; a tier whose tables do not exist yet (before its first load) has no newest
/// sale and no error.
/// </summary>
public sealed class StatusReader(StrataSettings settings, PostgresDatabase raw)
{
    /// <summary>PostgreSQL: undefined table; ClickHouse: UNKNOWN_TABLE, UNKNOWN_DATABASE. A tier not loaded yet.</summary>
    private const string UndefinedTable = "42P01";
    private static readonly int[] ClickHouseNotYet = [60, 81];

    public async Task<StatusReport> ReadAsync(DateTime now, CancellationToken cancellationToken)
    {
        var pipelines = await raw.ReadAsync(SqlCatalog.Read("raw/status/pipelines.sql"), ReadPipeline, cancellationToken);
        var checks = await raw.ReadAsync(SqlCatalog.Read("raw/status/latest_checks.sql"), ReadCheck, cancellationToken);
        var rawSale = await ProbeAsync(() => raw.ScalarAsync<DateTime?>(SqlCatalog.Read("raw/status/newest_sale.sql"), cancellationToken));
        var (warehouse, watermark) = await ReadWarehouseAsync(cancellationToken);
        var (archive, month) = await ReadArchiveAsync(cancellationToken);
        var backup = ReadBackup(now);
        IReadOnlyList<TierState> tiers =
        [
            TierOf(Tier.Raw, rawSale, now),
            TierOf(Tier.Warehouse, warehouse, now),
            TierOf(Tier.Archive, archive, now),
        ];
        var known = PipelineCatalogue.All.Select(pipeline => pipeline.Name).Append(BackupRunner.Pipeline).ToList();
        IReadOnlyList<PipelineState> states = [.. known.Select(name => pipelines.FirstOrDefault(p => p.Pipeline == name) ?? new PipelineState(name, null,
            null))];
        var failing = checks.Where(check => !check.Passed).ToList();
        var next = NextSteps.For(tiers, states, failing, month.Value, now).Concat(NextSteps.ForBackup(backup, now)).ToList();
        var status = tiers.Any(tier => tier.Error is not null) ? StatusReport.Unhealthy
            : next.Count > 0 ? StatusReport.Attention
            : StatusReport.Ok;
        return new StatusReport(status, now, tiers, states, watermark.Value, month.Value?.ToString("yyyy-MM",
            System.Globalization.CultureInfo.InvariantCulture),
            failing, next)
        {
            LastArchivedMonthStart = month.Value,
            Backup = backup,
            AllChecks = checks,
        };
    }

    private async Task<(Probe<DateTime?> Sale, Probe<DateTime?> Watermark)> ReadWarehouseAsync(CancellationToken cancellationToken)
    {
        IClickHouseEngine? engine = null;
        try
        {
            engine = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
            var sale = await ProbeAsync(() => ClickHouseValueAsync(engine, "warehouse/status/newest_sale.sql", "newest_sale", cancellationToken));
            var watermark = await ProbeAsync(() => ClickHouseValueAsync(engine, "warehouse/daily/runs/last_watermark.sql", "watermark", cancellationToken));
            return (sale, watermark.Error is null ? watermark : new Probe<DateTime?>(null, null));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return (new Probe<DateTime?>(null, failure.Message), new Probe<DateTime?>(null, null));
        }
        finally
        {
            if (engine is not null)
            {
                await engine.DisposeAsync();
            }
        }
    }

    private async Task<(Probe<DateTime?> Sale, Probe<DateOnly?> Month)> ReadArchiveAsync(CancellationToken cancellationToken)
    {
        await using var archive = new PostgresDatabase(settings.Archive);
        var rows = await ProbeAsync(async () => (await archive.ReadAsync(SqlCatalog.Read("archive/common/status.sql"),
            reader => (Sale: Nullable<DateTime?>(reader, "newest_sale"), Month: Nullable<DateTime?>(reader, "newest_month")), cancellationToken)).Single());
        return (new Probe<DateTime?>(rows.Value.Sale, rows.Error), new Probe<DateOnly?>(rows.Value.Month is { } month ? DateOnly.FromDateTime(month) : null,
            null));
    }

    /// <summary>The newest finished backup in the default folder; a damaged manifest or an unreadable folder is reported, not thrown.</summary>
    private BackupState ReadBackup(DateTime now)
    {
        try
        {
            return BackupRetention.Newest(BackupCreator.DefaultRoot(settings)) is { } newest
                ? new BackupState(newest.CreatedAt.UtcDateTime, Math.Round((now - newest.CreatedAt.UtcDateTime).TotalHours, 1), newest.Backup, null)
                : BackupState.None;
        }
        catch (Exception unreadable) when (unreadable is Diagnostics.StrataException or IOException or UnauthorizedAccessException)
        {
            return BackupState.None with { Error = unreadable.Message };
        }
    }

    private static async Task<DateTime?> ClickHouseValueAsync(IClickHouseEngine engine, string file, string column, CancellationToken cancellationToken)
    {
        await using var result = await engine.QueryAsync(SqlCatalog.Read(file), null, cancellationToken);
        return (await result.ReadAllAsync(row => row.Instant(column), cancellationToken)).Single();
    }

    /// <summary>A value read from a tier, or why it could not be: a missing table is "no data yet", not a failure.</summary>
    private static async Task<Probe<T>> ProbeAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return new Probe<T>(await read(), null);
        }
        catch (PostgresException missing) when (missing.SqlState == UndefinedTable)
        {
            return new Probe<T>(default!, null);
        }
        catch (ClickHouseException missing) when (ClickHouseNotYet.Contains(missing.Code))
        {
            return new Probe<T>(default!, null);
        }
        catch (Exception failure) when (failure is NpgsqlException or ClickHouseException or Diagnostics.StrataException or IOException
            or HttpRequestException or TimeoutException)
        {
            return new Probe<T>(default!, failure.Message);
        }
    }

    private static TierState TierOf(Tier tier, Probe<DateTime?> newest, DateTime now) => new(
        tier.EngineName(), newest.Value is { } sale ? DateTime.SpecifyKind(sale, DateTimeKind.Utc) : null,
        newest.Value is { } at ? Math.Round((now - at).TotalHours, 1) : null, newest.Error);

    private static PipelineState ReadPipeline(NpgsqlDataReader reader)
    {
        var started = reader.Column<DateTime>("started_at");
        var finished = Nullable<DateTime?>(reader, "finished_at");
        return new PipelineState(reader.Column<string>("pipeline"),
            new LastRun(reader.Column<Guid>("run_id"), reader.Column<string>("partition_key"), reader.Column<string>("status"),
                reader.Column<string>("trigger"),
                started, finished, finished is { } end ? Math.Round((end - started).TotalSeconds, 1) : null, Nullable<string>(reader, "error")),
            Nullable<DateTime?>(reader, "last_success_at"));
    }

    private static CheckState ReadCheck(NpgsqlDataReader reader) => new(
        reader.Column<string>("pipeline"), reader.Column<string>("check_name"), reader.Column<string>("dataset"), reader.Column<string>("severity"),
        reader.Column<bool>("passed"), reader.Column<string>("observed"), reader.Column<string>("expected"), reader.Column<long>("failing_rows"),
        reader.Column<Guid>("run_id"));

    private static T? Nullable<T>(NpgsqlDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? default : reader.Column<T>(column);

    private sealed record Probe<T>(T Value, string? Error);
}
