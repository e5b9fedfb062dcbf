-- Records a daily run that succeeded end to end in etl_runs, with its watermark: PostgreSQL's clock when its
-- extract began. etl_runs keeps only this lineage, next to the data it describes (a restored or fresh ClickHouse
-- store carries its own watermark, or none); the run history (strata_meta in the raw tier) keeps the rest.
INSERT INTO etl_runs (run_id, step, logical_date, status, started_at, finished_at, rows_in, rows_out, watermark, message)
VALUES (
    {run_id:UUID}, 'extract', {logical_date:Date32}, 'succeeded',
    {extract_started_at:DateTime64(6, 'UTC')}, now64(6), 0, 0, {extract_started_at:DateTime64(6, 'UTC')}, '')
