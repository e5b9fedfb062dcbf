-- How the pipeline's run before @run_id ended (the latest that succeeded or failed): a success after a failure is a recovery.
SELECT status
FROM strata_meta.runs
WHERE pipeline = @pipeline
  AND run_id <> @run_id
  AND status IN ('succeeded', 'failed')
  AND started_at < coalesce((SELECT started_at FROM strata_meta.runs WHERE run_id = @run_id), now())
ORDER BY started_at DESC
LIMIT 1
