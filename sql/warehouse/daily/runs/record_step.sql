-- Records one step of a daily run in etl_runs (the run history ClickHouse keeps next to its data). The
-- extract step of a run that succeeded end to end carries the run's watermark; every other row has NULL.
INSERT INTO etl_runs (run_id, step, logical_date, status, started_at, finished_at, rows_in, rows_out, watermark, message)
VALUES (
    {run_id:UUID}, {step:String}, {logical_date:Date32}, {status:String},
    {started_at:DateTime64(6, 'UTC')}, {finished_at:DateTime64(6, 'UTC')},
    {rows_in:Int64}, {rows_out:Int64}, {watermark:Nullable(DateTime64(6, 'UTC'))}, {message:String})
