-- One load_ledger row: where one load's rows for one target table went (R6.3). Every pipeline writes here:
-- the ingest (tier 'postgres'), the daily load (tier 'clickhouse') and the monthly archive (tier 'greenplum').
-- read = loaded + duplicates + quarantined; the table's CHECK refuses counts that do not add up, failing the
-- load's transaction rather than recording a row that went missing.
INSERT INTO load_ledger (run_id, tier, step, target_table, source, read_rows, loaded_rows, duplicate_rows, quarantined_rows)
VALUES (@run_id, @tier, @step, @target_table, @source, @read_rows, @loaded_rows, @duplicate_rows, @quarantined_rows)
