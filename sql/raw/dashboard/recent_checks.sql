-- The dashboard's pipeline page: the data-quality results of the latest runs, newest first, each check's last attempt.
SELECT DISTINCT ON (runs.started_at, results.run_id, results.step, results.check_name)
    runs.pipeline, runs.partition_key, results.step, results.check_name, results.dataset, results.severity, results.passed,
    results.observed, results.expected, results.failing_rows
FROM strata_meta.check_results AS results
JOIN strata_meta.runs AS runs USING (run_id)
WHERE results.run_id IN (SELECT run_id FROM strata_meta.runs ORDER BY started_at DESC LIMIT @runs)
ORDER BY runs.started_at DESC, results.run_id, results.step, results.check_name, results.attempt DESC
