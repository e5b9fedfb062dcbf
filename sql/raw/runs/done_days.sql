-- The days from @first_day to @last_day a succeeded run of @pipeline covered (a day or a month is done once a run
-- that succeeded end to end covered it): what a backfill skips, and what the scheduler counts as done.
SELECT DISTINCT day::date AS day
FROM strata_meta.runs AS run
CROSS JOIN LATERAL generate_series(greatest(run.first_day, @first_day::date), least(run.last_day, @last_day::date), INTERVAL '1 day') AS day
WHERE run.pipeline = @pipeline
  AND run.status = 'succeeded'
  AND run.first_day <= @last_day::date
  AND run.last_day >= @first_day::date
ORDER BY day
