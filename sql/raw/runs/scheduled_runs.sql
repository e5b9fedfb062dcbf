-- Every run recorded for an occurrence of @pipeline from @from to @until (both included), with where it ran: the
-- scheduler counts an occurrence done when one of them succeeded or failed, and still going when one is running in a
-- process that is alive.
SELECT scheduled_for, status, host, process_id, started_at
FROM strata_meta.runs
WHERE pipeline = @pipeline
  AND scheduled_for BETWEEN @from AND @until
ORDER BY scheduled_for, started_at
