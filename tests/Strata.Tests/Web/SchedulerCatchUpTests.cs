using System.Text.Json;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;

namespace Strata.Tests.Web;

/// <summary>
/// `strata serve --scheduler-once --now T` after "downtime": the run history says what an earlier server did (seeded
/// here: the night of 2024-03-05 done, the next night's daily abandoned by a stop, the one after left running by a
/// process that is gone); the pass at 2024-03-08 02:30 runs every missed occurrence oldest first, not the done ones.
/// </summary>
public sealed class SchedulerCatchUpTests : FreshStoresTest
{
    private const string EarlierServer = """
        INSERT INTO strata_meta.runs (run_id, pipeline, partition_key, first_day, last_day, trigger, scheduled_for, status, started_at, host, process_id)
        VALUES
            (gen_random_uuid(), 'monthly', '2024-02', '2024-02-01', '2024-02-29', 'schedule', '2024-03-01 03:00+00', 'succeeded',
             '2024-03-01 03:00+00', @host, 1),
            (gen_random_uuid(), 'ingest', '', NULL, NULL, 'schedule', '2024-03-05 01:00+00', 'succeeded', '2024-03-05 01:00+00', @host, 1),
            (gen_random_uuid(), 'daily', '2024-03-04', '2024-03-04', '2024-03-04', 'schedule', '2024-03-05 02:00+00', 'succeeded',
             '2024-03-05 02:00+00', @host, 1),
            (gen_random_uuid(), 'daily', '2024-03-05', '2024-03-05', '2024-03-05', 'schedule', '2024-03-06 02:00+00', 'abandoned',
             '2024-03-06 02:00+00', @host, 1),
            (gen_random_uuid(), 'daily', '2024-03-06', '2024-03-06', '2024-03-06', 'schedule', '2024-03-07 02:00+00', 'running',
             '2024-03-07 02:00+00', @host, @pid)
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Raw.Database.ExecuteAsync(SalesSeed.Sql, CancellationToken.None);
        // The running run's process id is this test's, alive but started long after 2024-03-07: a process that reused the pid.
        await Raw.Database.ExecuteAsync(EarlierServer, CancellationToken.None, ("host", Environment.MachineName), ("pid", Environment.ProcessId));
    }

    [Fact]
    public async Task Missed_occurrences_run_oldest_first_and_done_ones_do_not()
    {
        var pass = await SchedulerOnceAsync(Env, "2024-03-08T02:30:00Z");

        Assert.Equal(
        [
            "ingest 2024-03-06 01:00 ", "ingest 2024-03-07 01:00 ", "ingest 2024-03-08 01:00 ",
            "daily 2024-03-06 02:00 2024-03-05", "daily 2024-03-07 02:00 2024-03-06", "daily 2024-03-08 02:00 2024-03-07",
        ], Runs(pass, "runs"));
        Assert.All(pass.GetProperty("runs").EnumerateArray(), run => Assert.Equal("succeeded", run.GetProperty("status").GetString()));
        Assert.Equal(
        [
            "2024-03-05 02:00|succeeded", "2024-03-06 02:00|abandoned", "2024-03-06 02:00|succeeded", "2024-03-07 02:00|running",
            "2024-03-07 02:00|succeeded", "2024-03-08 02:00|succeeded",
        ], await Raw.RowsAsync("""
            SELECT to_char(scheduled_for AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), status
            FROM strata_meta.runs WHERE pipeline = 'daily' AND trigger = 'schedule' ORDER BY scheduled_for, started_at
            """));

        var again = await SchedulerOnceAsync(Env, "2024-03-08T02:30:00Z");

        Assert.Empty(again.GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public async Task Catch_up_is_bounded_and_the_older_misses_are_skipped()
    {
        var pass = await SchedulerOnceAsync(new Dictionary<string, string>(Env) { ["STRATA_SCHEDULER_CATCHUP"] = "1" }, "2024-03-08T02:30:00Z");

        Assert.Equal(["ingest 2024-03-08 01:00 ", "daily 2024-03-08 02:00 2024-03-07"], Runs(pass, "runs"));
        Assert.Equal(["ingest 2024-03-06 01:00", "ingest 2024-03-07 01:00", "daily 2024-03-06 02:00", "daily 2024-03-07 02:00"],
            Runs(pass, "skipped").Select(run => run.TrimEnd()));
    }

    [Fact]
    public async Task The_scheduled_ingest_loads_the_drop_folder_and_moves_what_loaded()
    {
        var drop = Path.Combine(Data.Root, "inbox");
        Directory.CreateDirectory(drop);
        File.WriteAllText(Path.Combine(drop, "customer_data.csv"),
            "customer_id,age,gender,city,region,country,registration_date\n9001,30,F,Berlin,Berlin,Germany,2023-05-01\n");

        var pass = await SchedulerOnceAsync(new Dictionary<string, string>(Env) { ["STRATA_SCHEDULER_CATCHUP"] = "1" }, "2024-03-06T01:30:00Z");

        Assert.Equal(["ingest 2024-03-06 01:00 "], Runs(pass, "runs"));
        Assert.Equal(["9001"], await Raw.RowsAsync("SELECT customer_id FROM customer_data WHERE customer_id = 9001"));
        Assert.Equal(["customer_data.csv"], Directory.EnumerateFiles(Path.Combine(drop, "loaded")).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateFiles(drop));
    }

    [Fact]
    public async Task A_backup_schedule_backs_up_after_the_pipelines_records_the_run_and_keeps_the_newest()
    {
        var env = new Dictionary<string, string>(Env)
        {
            ["STRATA_SCHEDULER_CATCHUP"] = "1",
            ["STRATA_BACKUP_SCHEDULE"] = "30 4 * * *",
            ["STRATA_BACKUP_KEEP"] = "1",
        };

        var first = await StrataProcess.RunAsync(env, ["serve", "--scheduler-once", "--now", "2024-03-08T04:45:00Z", "--json"]);
        var second = await SchedulerOnceAsync(env, "2024-03-09T04:45:00Z");

        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        using var pass = JsonDocument.Parse(first.Out);
        Assert.Equal(["ingest 2024-03-08 01:00 ", "daily 2024-03-08 02:00 2024-03-07"], Runs(pass.RootElement, "runs").Take(2));
        var backup = pass.RootElement.GetProperty("runs")[2];
        Assert.Equal("backup 2024-03-08 04:30 succeeded", $"{backup.GetProperty("pipeline").GetString()} "
            + $"{backup.GetProperty("scheduled_for").GetDateTimeOffset().UtcDateTime:yyyy-MM-dd HH:mm} {backup.GetProperty("status").GetString()}");
        Assert.Contains("Scheduled backup run for 2024-03-08 04:30:00Z", first.Error, StringComparison.Ordinal);
        Assert.Equal(["backup 2024-03-09 04:30"], Runs(second, "runs").Where(run => run.StartsWith("backup", StringComparison.Ordinal))
            .Select(run => run[..23]));
        var kept = Strata.Backups.BackupRetention.Finished(Path.Combine(Data.Root, "backups"));
        Assert.Equal([second.GetProperty("runs")[2].GetProperty("partition").GetString()!], kept);
        Assert.Equal(["2024-03-08 04:30|succeeded", "2024-03-09 04:30|succeeded"], await Raw.RowsAsync("""
            SELECT to_char(scheduled_for AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), status
            FROM strata_meta.runs WHERE pipeline = 'backup' AND trigger = 'schedule' ORDER BY scheduled_for
            """));
        Assert.Empty((await SchedulerOnceAsync(env, "2024-03-09T04:50:00Z")).GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public async Task A_backup_schedule_that_is_no_cron_is_refused_naming_the_setting()
    {
        var run = await StrataProcess.RunAsync(new Dictionary<string, string>(Env) { ["STRATA_BACKUP_SCHEDULE"] = "every night" },
            ["serve", "--scheduler-once", "--json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STRATA_BACKUP_SCHEDULE", JsonDocument.Parse(run.Out).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_run_history_lists_a_run_still_going_without_an_end()
    {
        var list = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_POSTGRES"] = Raw.ConnectionString },
            "runs", "list", "--pipeline", "daily", "--json");

        using var runs = JsonDocument.Parse(list.Out);
        var running = runs.RootElement.GetProperty("runs").EnumerateArray().Single(run => run.GetProperty("status").GetString() == "running");
        Assert.Equal(JsonValueKind.Null, running.GetProperty("finished_at").ValueKind);
    }

    private static async Task<JsonElement> SchedulerOnceAsync(Dictionary<string, string> env, string now)
    {
        var run = await StrataProcess.RunAsync(env, ["serve", "--scheduler-once", "--now", now, "--json"]);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Out}\n{run.Error}");
        using var summary = JsonDocument.Parse(run.Out);
        return summary.RootElement.Clone();
    }

    /// <summary>"daily 2024-03-06 02:00 2024-03-05": each entry's pipeline, occurrence (UTC) and partition, in order.</summary>
    private static List<string> Runs(JsonElement pass, string list) =>
    [
        .. pass.GetProperty(list).EnumerateArray().Select(run => $"{run.GetProperty("pipeline").GetString()} "
            + $"{run.GetProperty("scheduled_for").GetDateTimeOffset().UtcDateTime:yyyy-MM-dd HH:mm} "
            + (run.TryGetProperty("partition", out var partition) ? partition.GetString() : "")),
    ];
}
