-- A run (or an orchestrator's step of it) ends: its status and the first error.
UPDATE strata_meta.runs
SET status = @status, finished_at = now(), error = @error
WHERE run_id = @run_id
