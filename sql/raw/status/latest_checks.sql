-- The latest result of every check of every pipeline: the last attempt of the newest run that evaluated it.
SELECT DISTINCT ON (runs.pipeline, results.check_name)
    runs.pipeline, results.check_name, results.dataset, results.severity, results.passed, results.observed, results.expected,
    results.failing_rows, results.run_id, results.checked_at
FROM strata_meta.check_results AS results
JOIN strata_meta.runs AS runs USING (run_id)
ORDER BY runs.pipeline, results.check_name, results.checked_at DESC, results.attempt DESC
