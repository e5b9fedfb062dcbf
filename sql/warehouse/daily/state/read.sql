-- What the extract handed over to the run's later steps: the run that built the working tables, its days and
-- its watermark. No row: no extract has run in this store yet.
SELECT run_id, first_day, last_day, extract_started_at
FROM daily_run_state
