-- One load_ledger row for one table of one ingested file: what was read, loaded, dropped as duplicate
-- and quarantined. The table's CHECK refuses counts that do not add up, failing the file's transaction.
-- $1 run id, $2 target table, $3 source file, $4 read, $5 loaded, $6 duplicates, $7 quarantined.
INSERT INTO load_ledger (run_id, tier, step, target_table, source, read_rows, loaded_rows, duplicate_rows, quarantined_rows)
VALUES ($1, 'postgres', 'ingest', $2, $3, $4, $5, $6, $7)
