-- Records one daily run's row account for one target table in the reconciliation ledger (tier 'clickhouse'):
-- read = loaded + duplicates + quarantined, which the ledger's CHECK constraint enforces.
INSERT INTO load_ledger (run_id, tier, step, target_table, source, read_rows, loaded_rows, duplicate_rows, quarantined_rows)
VALUES ($1, 'clickhouse', 'daily', $2, $3, $4, $5, $6, $7)
