-- The latest runs, newest first, of one pipeline or of all (@pipeline NULL), or the one run @run_id names, with every
-- step's last attempt (`strata runs list`, `strata runs show`).
WITH recent AS (
    SELECT *
    FROM strata_meta.runs
    WHERE (@pipeline::text IS NULL OR pipeline = @pipeline)
      AND (@run_id::uuid IS NULL OR run_id = @run_id)
    ORDER BY started_at DESC
    LIMIT @limit
),

last_attempts AS (
    SELECT DISTINCT ON (step_runs.run_id, step_runs.step) step_runs.*
    FROM strata_meta.step_runs
    JOIN recent USING (run_id)
    ORDER BY step_runs.run_id, step_runs.step, step_runs.attempt DESC
)

SELECT
    recent.run_id, recent.pipeline, recent.partition_key, recent.status, recent.trigger, recent.started_at, recent.finished_at,
    recent.error, recent.scheduled_for,
    coalesce((SELECT max(attempt) FROM strata_meta.step_runs WHERE step_runs.run_id = recent.run_id), 0)::int AS attempts,
    last_attempts.step, last_attempts.status AS step_status, last_attempts.attempt, last_attempts.started_at AS step_started_at,
    last_attempts.duration_ms, last_attempts.rows_in, last_attempts.rows_out, last_attempts.peak_memory_mb, last_attempts.error AS step_error
FROM recent
LEFT JOIN last_attempts USING (run_id)
ORDER BY recent.started_at DESC, last_attempts.recorded
