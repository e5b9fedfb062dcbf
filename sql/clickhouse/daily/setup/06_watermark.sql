-- The daily run's memory: one row per successful run, with the PostgreSQL clock reading taken before its
-- extract. Kept in ClickHouse, next to the data it describes, so that a restored or new ClickHouse store
-- never inherits a watermark for data it does not hold. Append-only and read with max(), so its answer never
-- depends on background merges.
CREATE TABLE IF NOT EXISTS daily_watermark
(
    run_id      UUID,
    watermark   DateTime64(6, 'UTC'),
    from_date   Date32,
    to_date     Date32,
    finished_at DateTime64(6, 'UTC') DEFAULT now64(6)
)
ENGINE = MergeTree
ORDER BY watermark
