-- The data-quality results of one run, the last attempt of each step's checks.
SELECT DISTINCT ON (step, check_name) step, check_name, dataset, severity, passed, observed, expected, failing_rows
FROM strata_meta.check_results
WHERE run_id = @run_id
ORDER BY step, check_name, attempt DESC
