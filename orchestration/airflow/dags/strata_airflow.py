"""What Strata's generated Airflow DAGs share: how a task runs the `strata` CLI, the partition a run stands for, the
pipelines' Assets, the gate on an upstream pipeline, and the notifiers a failed task alerts.

Written by hand, unlike the generated files beside it; embedded in the CLI, so that `strata orchestration generate
--out DIR` writes a complete set. Settings come from the Airflow deployment's environment (docs/orchestration.md):

  STRATA_CLI                      the strata executable on the workers (default: `strata` on PATH)
  STRATA_AIRFLOW_EXECUTION        `bash` (default: BashOperator on the worker) or `kubernetes` (KubernetesPodOperator)
  STRATA_IMAGE, STRATA_NAMESPACE  the image and namespace of the pods (`kubernetes` only)
  STRATA_ALERT_SLACK_CONNECTION   an Airflow connection id of a Slack incoming webhook, for failure alerts
  STRATA_ALERT_EMAIL              an address for failure alerts, sent through the `smtp_default` connection

The drop folder the ingest reads is the Airflow Variable `strata_drop_folder`.
"""

from __future__ import annotations

import calendar
import os
import shlex
from datetime import timedelta

import pendulum
from airflow.sdk import Asset, task

# The first partition a DAG may run for; with catchup off, a new deployment runs only the latest interval.
START_DATE = pendulum.datetime(2024, 1, 1, tz="UTC")


def partition(kind: str, interval_start) -> str:
    """The Strata partition a run stands for: the UTC day (or month) its data interval starts in.

    A daily run at 02:00 covers the day before: its data interval is the day up to the cron tick, so it loads that
    day, not the date it runs on (`ds` is the run's own date under Airflow 3's default trigger timetable).
    """
    start = pendulum.instance(interval_start).in_timezone("UTC")
    return start.strftime("%Y-%m-%d" if kind == "date" else "%Y-%m")


MACROS = {"strata_partition": partition}

# Placeholders the generated commands use, filled by Airflow's templating when the task runs (double quotes inside:
# the command is quoted for bash in single quotes).
DAY = '{{ strata_partition("date", data_interval_start) }}'
MONTH = '{{ strata_partition("month", data_interval_start) }}'
RUN_ID = "{{ run_id }}"
DROP_FOLDER = "{{ var.value.strata_drop_folder }}"


def strata_task(task_id: str, arguments: list[str], **policy):
    """A task running `strata ARGUMENTS`: on the worker (BashOperator) or in a pod of the Strata image."""
    if os.environ.get("STRATA_AIRFLOW_EXECUTION", "bash") == "kubernetes":
        from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator
        from kubernetes.client import models as k8s

        return KubernetesPodOperator(
            task_id=task_id,
            image=os.environ.get("STRATA_IMAGE", "strata:latest"),
            namespace=os.environ.get("STRATA_NAMESPACE", "strata"),
            arguments=arguments,  # the image's entrypoint is `strata`
            env_from=[
                k8s.V1EnvFromSource(config_map_ref=k8s.V1ConfigMapEnvSource(name="strata-config")),
                k8s.V1EnvFromSource(secret_ref=k8s.V1SecretEnvSource(name="strata-env")),
            ],
            get_logs=True,
            do_xcom_push=False,
            on_finish_action="delete_succeeded_pod",
            **policy,
        )
    from airflow.providers.standard.operators.bash import BashOperator

    # The last line on stdout, the command's JSON summary, becomes the task's XCom return value.
    return BashOperator(task_id=task_id, bash_command='"${STRATA_CLI:-strata}" ' + shlex.join(arguments), **policy)


def pipeline_asset(pipeline: str) -> Asset:
    """The Asset a pipeline's last task updates when a run of it succeeded."""
    return Asset(name=f"strata_{pipeline}", group="strata")


def record_partition(asset: Asset, kind: str):
    """A post_execute hook: the asset event says which partition the run finished, for the pipelines gated on it."""

    def record(context, result):
        context["outlet_events"][asset].extra = {"partition": partition(kind, context["data_interval_start"])}

    return record


def last_day(kind: str, value: str) -> str:
    """The last day of a partition: the day itself, or a month's last day."""
    if kind == "date":
        return value
    year, month = int(value[:4]), int(value[5:7])
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}"


def wait_for(asset: Asset, upstream_kind: str, kind: str):
    """A sensor holding the run until the upstream pipeline has finished a partition at or after this run's last day."""

    @task.sensor(
        task_id=f"wait_for_{asset.name.removeprefix('strata_')}",
        inlets=[asset],
        poke_interval=600,
        timeout=6 * 3600,
        mode="reschedule",
    )
    def wait(*, inlet_events=None, data_interval_start=None) -> bool:
        needed = last_day(kind, partition(kind, data_interval_start))
        done = [last_day(upstream_kind, event.extra.get("partition", "")) for event in inlet_events[asset][-31:]]
        return any(day >= needed for day in done if day)

    return wait()


def failure_notifiers() -> list:
    """Who hears of a failed task: a Slack webhook and an address, each when the deployment names one."""
    notifiers = []
    text = (
        "Strata {{ dag.dag_id }}: task {{ ti.task_id }} failed for {{ data_interval_start | ds }} "
        "(try {{ ti.try_number }}). Log: {{ ti.log_url }}"
    )
    if connection := os.environ.get("STRATA_ALERT_SLACK_CONNECTION"):
        from airflow.providers.slack.notifications.slack_webhook import SlackWebhookNotifier

        notifiers.append(SlackWebhookNotifier(slack_webhook_conn_id=connection, text=text))
    if address := os.environ.get("STRATA_ALERT_EMAIL"):
        from airflow.providers.smtp.notifications.smtp import SmtpNotifier

        notifiers.append(SmtpNotifier(to=address, subject="Strata {{ dag.dag_id }}.{{ ti.task_id }} failed", html_content=text))
    return notifiers


def default_args() -> dict:
    """What every task gets unless it says otherwise: exponential backoff between retries, the failure notifiers."""
    return {
        "owner": "strata",
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=30),
        "on_failure_callback": failure_notifiers(),
    }
