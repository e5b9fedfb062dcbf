using Npgsql;
using Strata.Postgres;
using Strata.Quality;
using Strata.Sql;

namespace Strata.Pipeline.History;

/// <summary>Reads the run history back: the latest runs (of one pipeline or all), one run with its checks.</summary>
public sealed class RunHistoryReader(PostgresDatabase raw)
{
    public async Task<IReadOnlyList<RunRecord>> ListAsync(string? pipeline, int limit, CancellationToken cancellationToken)
    {
        var rows = await raw.ReadAsync(SqlCatalog.Read("raw/runs/list.sql"), reader => (Run: ReadRun(reader), Step: ReadStep(reader)),
            cancellationToken, ("pipeline", pipeline), ("run_id", null), ("limit", limit));
        return [.. rows.GroupBy(row => row.Run.RunId).Select(run => run.First().Run with { Steps = [.. run.Select(row => row.Step).OfType<StepRecord>()] })];
    }

    /// <summary>One run, with the results of its checks; null when the history has no such run.</summary>
    public async Task<RunRecord?> ShowAsync(Guid runId, CancellationToken cancellationToken)
    {
        var rows = await raw.ReadAsync(SqlCatalog.Read("raw/runs/list.sql"), reader => (Run: ReadRun(reader), Step: ReadStep(reader)),
            cancellationToken, ("pipeline", null), ("run_id", runId), ("limit", 1));
        if (rows.Count == 0)
        {
            return null;
        }
        var checks = await raw.ReadAsync(SqlCatalog.Read("raw/runs/checks.sql"), reader => new CheckResult(
            reader.Column<string>("check_name"), reader.Column<string>("dataset"), Enum.Parse<Severity>(reader.Column<string>("severity"), ignoreCase: true),
            reader.Column<bool>("passed"), reader.Column<string>("observed"), reader.Column<string>("expected"), reader.Column<long>("failing_rows")),
            cancellationToken, ("run_id", runId));
        return rows[0].Run with { Steps = [.. rows.Select(row => row.Step).OfType<StepRecord>()], Checks = checks };
    }

    private static RunRecord ReadRun(NpgsqlDataReader reader) => new(
        reader.Column<Guid>("run_id"), reader.Column<string>("pipeline"), reader.Column<string>("partition_key"), reader.Column<string>("status"),
        reader.Column<string>("trigger"), reader.Column<DateTime>("started_at"),
        // Not Nullable<DateTime>(...): for a value type T? is T itself, and a running run would end at 0001-01-01.
        reader.IsDBNull(reader.GetOrdinal("finished_at")) ? null : reader.Column<DateTime>("finished_at"),
        reader.Column<int>("attempts"), Nullable<string>(reader, "error"), []);

    private static StepRecord? ReadStep(NpgsqlDataReader reader) => reader.IsDBNull(reader.GetOrdinal("step"))
        ? null
        : new StepRecord(reader.Column<string>("step"), reader.Column<string>("step_status"), reader.Column<int>("attempt"),
            reader.Column<long>("duration_ms"), reader.Column<long>("rows_in"), reader.Column<long>("rows_out"),
            reader.Column<double>("peak_memory_mb"), Nullable<string>(reader, "step_error"));

    private static T? Nullable<T>(NpgsqlDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? default : reader.Column<T>(column);
}
