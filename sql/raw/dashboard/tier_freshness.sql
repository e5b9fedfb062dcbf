-- The dashboard's pipeline page: how fresh each tier is: its last recorded load and that load's rows, from the ledger
-- every pipeline writes (tier postgres: ingest, clickhouse: daily, greenplum: monthly).
SELECT DISTINCT ON (tier) tier, recorded_at AS last_load, step, target_table, loaded_rows,
       (SELECT count(*) FROM load_ledger AS all_loads WHERE all_loads.tier = ledger.tier) AS loads
FROM load_ledger AS ledger
ORDER BY tier, recorded_at DESC, ledger_id DESC
