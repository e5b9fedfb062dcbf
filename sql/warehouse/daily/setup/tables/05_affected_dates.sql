-- Working table, recreated empty at the start of every daily run: the UTC days this run rebuilds.
-- Every later statement reads it instead of taking a list of dates as a parameter.
CREATE OR REPLACE TABLE daily_affected_dates
(
    sale_day Date32
)
ENGINE = MergeTree
ORDER BY sale_day
