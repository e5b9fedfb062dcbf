-- One data-quality check's result for the attempt of the step it guarded.
INSERT INTO strata_meta.check_results (run_id, step, attempt, check_name, dataset, severity, passed, observed, expected, failing_rows)
VALUES (@run_id, @step, @attempt, @check_name, @dataset, @severity, @passed, @observed, @expected, @failing_rows)
ON CONFLICT (run_id, step, attempt, check_name) DO UPDATE SET
    passed = EXCLUDED.passed, observed = EXCLUDED.observed, expected = EXCLUDED.expected, failing_rows = EXCLUDED.failing_rows, checked_at = now()
