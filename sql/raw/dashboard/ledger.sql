-- The dashboard's pipeline page: the reconciliation ledger's latest rows, newest first: where each load's rows went
-- (read = loaded + duplicates + quarantined, per table, per tier).
SELECT recorded_at, tier, step, target_table, source, read_rows, loaded_rows, duplicate_rows, quarantined_rows
FROM load_ledger
ORDER BY recorded_at DESC, ledger_id DESC
LIMIT @limit
