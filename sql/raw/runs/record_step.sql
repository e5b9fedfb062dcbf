-- One attempt of one step (a skipped step too): its outcome and measurements. A step an orchestrator runs again
-- under the same run id replaces its earlier row of the same attempt number.
INSERT INTO strata_meta.step_runs (run_id, step, attempt, status, started_at, finished_at, duration_ms, rows_in, rows_out, peak_memory_mb, error)
VALUES (@run_id, @step, @attempt, @status, @started_at, @finished_at, @duration_ms, @rows_in, @rows_out, @peak_memory_mb, @error)
ON CONFLICT (run_id, step, attempt) DO UPDATE SET
    status = EXCLUDED.status, started_at = EXCLUDED.started_at, finished_at = EXCLUDED.finished_at, duration_ms = EXCLUDED.duration_ms,
    rows_in = EXCLUDED.rows_in, rows_out = EXCLUDED.rows_out, peak_memory_mb = EXCLUDED.peak_memory_mb, error = EXCLUDED.error
