-- etl_runs: one row per step of every daily run: what it read and wrote and, for the extract step, the
-- updated_at watermark it reached. The next run extracts from the last successful watermark (minus an overlap).
CREATE TABLE IF NOT EXISTS etl_runs ON CLUSTER `strata`
(
    run_id       UUID,
    step         LowCardinality(String),
    logical_date Date32,
    status       LowCardinality(String),
    started_at   DateTime64(6, 'UTC'),
    finished_at  DateTime64(6, 'UTC'),
    rows_in      Int64,
    rows_out     Int64,
    watermark    Nullable(DateTime64(6, 'UTC')),
    message      String
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY (step, logical_date, started_at)
