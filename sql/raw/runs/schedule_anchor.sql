-- Where the scheduler's catch-up of @pipeline starts, as of @until: the latest occurrence a scheduled run finished
-- (succeeded or failed: done either way), and the earliest occurrence the scheduler ever recorded (NULL, NULL when it
-- never ran this pipeline).
SELECT
    max(scheduled_for) FILTER (WHERE status IN ('succeeded', 'failed')) AS last_done,
    min(scheduled_for) AS first_recorded
FROM strata_meta.runs
WHERE pipeline = @pipeline
  AND scheduled_for <= @until
