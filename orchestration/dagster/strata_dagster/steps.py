"""What Strata's generated Dagster definitions share: how an asset launches the `strata` CLI through Dagster Pipes, the
partitions, retry policies, jobs and schedules.

Written by hand, unlike the generated files beside it; embedded in the CLI, so that `strata orchestration generate
--out DIR` writes a complete set. Settings come from the environment of the code location (docs/orchestration.md):

  STRATA_CLI            the strata executable (default: `strata` on PATH)
  STRATA_DROP_FOLDER    the folder the ingest reads
  and the CLI's own: STRATA_POSTGRES, STRATA_CLICKHOUSE, STRATA_GREENPLUM, STRATA_OPENLINEAGE_URL, ...
"""

from __future__ import annotations

import os

from dagster import (
    AssetExecutionContext,
    AssetSelection,
    Backoff,
    DailyPartitionsDefinition,
    Jitter,
    MonthlyPartitionsDefinition,
    PipesSubprocessClient,
    RetryPolicy,
    RunRequest,
    ScheduleDefinition,
    ScheduleEvaluationContext,
    define_asset_job,
    schedule,
)

# The first partition; Strata's partitions are UTC days and months, whatever the schedules' time zone.
START = "2024-01-01"

# Placeholders the generated commands use, filled from the asset's context when it runs.
DAY = MONTH = "{partition_key}"
RUN_ID = "{run_id}"
DROP_FOLDER = "{drop_folder}"


def partitions(kind: str):
    """A pipeline's partitions: UTC days (`--date 2024-03-01`) or UTC months (`--month 2024-03`)."""
    if kind == "date":
        return DailyPartitionsDefinition(start_date=START, timezone="UTC")
    return MonthlyPartitionsDefinition(start_date=START[:7], fmt="%Y-%m", timezone="UTC")


def retry_policy(retries: int, delay_s: int) -> RetryPolicy:
    """The manifest's retries for a process that died; the CLI retries transient faults inside itself already."""
    return RetryPolicy(max_retries=retries, delay=delay_s, backoff=Backoff.EXPONENTIAL, jitter=Jitter.PLUS_MINUS)


def run_step(context: AssetExecutionContext, pipes: PipesSubprocessClient, arguments: list[str]):
    """Runs `strata ARGUMENTS` for this asset's partition and run; its Pipes messages become the materialization and check results.

    Every asset of one Dagster run passes the same run id, so the steps join one Strata run (`strata runs show`).
    """
    values = {
        "partition_key": context.partition_key if context.has_partition_key else "",
        "run_id": context.run_id,
        "drop_folder": os.environ.get("STRATA_DROP_FOLDER", ""),
    }
    command = [os.environ.get("STRATA_CLI", "strata"), *(argument.format(**values) for argument in arguments)]
    return pipes.run(command=command, context=context).get_materialize_result()


def pipeline_job(name: str, partitions_def):
    """One job per pipeline: its assets, in the order their dependencies give."""
    return define_asset_job(name=name, selection=AssetSelection.groups(name), partitions_def=partitions_def)


def pipeline_schedule(job, cron: str, timezone: str):
    """The pipeline's cron; a partitioned job runs the last complete partition at that instant (the day before at 02:00)."""
    if job.partitions_def is None:
        return ScheduleDefinition(name=f"{job.name}_schedule", job=job, cron_schedule=cron, execution_timezone=timezone)

    @schedule(name=f"{job.name}_schedule", job=job, cron_schedule=cron, execution_timezone=timezone)
    def latest_partition(context: ScheduleEvaluationContext):
        key = job.partitions_def.get_last_partition_key(current_time=context.scheduled_execution_time)
        return RunRequest(run_key=key, partition_key=key)

    return latest_partition
