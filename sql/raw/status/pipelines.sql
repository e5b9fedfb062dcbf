-- Each pipeline's latest run, whatever its status, and when one last succeeded: `strata status` and the metrics.
SELECT DISTINCT ON (latest.pipeline)
    latest.pipeline, latest.run_id, latest.partition_key, latest.status, latest.trigger, latest.started_at, latest.finished_at, latest.error,
    (SELECT max(succeeded.finished_at) FROM strata_meta.runs AS succeeded
     WHERE succeeded.pipeline = latest.pipeline AND succeeded.status = 'succeeded') AS last_success_at
FROM strata_meta.runs AS latest
ORDER BY latest.pipeline, latest.started_at DESC
