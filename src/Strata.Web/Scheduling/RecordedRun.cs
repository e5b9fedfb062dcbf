using Npgsql;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Web.Scheduling;

/// <summary>A run the history holds for an occurrence of a schedule: its status, and the process it ran in.</summary>
public sealed record RecordedRun(DateTimeOffset ScheduledFor, string Status, string Host, int ProcessId, DateTimeOffset StartedAt)
{
    /// <summary>
    /// Still going: running in a process that is alive on this machine. A run left running by a process that is gone, or by
    /// another machine (whose processes cannot be asked; the pipelines' run locks keep two runs apart anyway), is not.
    /// </summary>
    public bool IsGoingOn => Status == PipelineStatus.Running && Host == Environment.MachineName && ProcessLiveness.IsAlive(ProcessId, StartedAt);

    public static RecordedRun Read(NpgsqlDataReader reader) => new(
        reader.Column<DateTimeOffset>("scheduled_for"), reader.Column<string>("status"), reader.Column<string>("host"),
        reader.Column<int>("process_id"), reader.Column<DateTimeOffset>("started_at"));
}
