-- Records one archived month's row account for one archive table in the reconciliation ledger (tier 'greenplum'):
-- read = what ClickHouse held, loaded = what the archive holds after the swap (the run fails rather than record
-- a difference), duplicates and quarantined are 0 because the archive copies verified rows and drops nothing.
INSERT INTO load_ledger (run_id, tier, step, target_table, source, read_rows, loaded_rows, duplicate_rows, quarantined_rows)
VALUES (@run_id, 'greenplum', 'monthly', @target_table, @source, @read_rows, @loaded_rows, 0, 0)
