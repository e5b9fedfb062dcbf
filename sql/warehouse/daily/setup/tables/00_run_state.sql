-- daily_run_state: which run built the working tables beside it, for which days, and PostgreSQL's clock when its
-- extract began (the watermark the run records once it has succeeded). An orchestrator runs a run's steps one
-- process at a time; each later step reads this row to go on where the extract left off, and refuses working
-- tables another run has rebuilt since. A persistent engine: the row outlives the process that wrote it.
CREATE OR REPLACE TABLE daily_run_state
(
    run_id             UUID,
    first_day          Date32,
    last_day           Date32,
    extract_started_at DateTime64(6, 'UTC')
)
ENGINE = MergeTree
ORDER BY tuple()
