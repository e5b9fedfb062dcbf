-- A run begins: recorded as running. An orchestrator's step joining a run already recorded (the same run id)
-- marks it running again and leaves its first start as it was.
INSERT INTO strata_meta.runs (run_id, pipeline, partition_key, first_day, last_day, trigger, scheduled_for, status, started_at, host, process_id)
VALUES (@run_id, @pipeline, @partition_key, @first_day, @last_day, @trigger, @scheduled_for, 'running', now(), @host, @process_id)
ON CONFLICT (run_id) DO UPDATE SET status = 'running', finished_at = NULL, error = NULL, host = EXCLUDED.host, process_id = EXCLUDED.process_id
