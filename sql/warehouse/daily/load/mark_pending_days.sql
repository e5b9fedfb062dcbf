-- Before fact_sales changes: this run's affected days become pending in the day aggregates. They stay pending until
-- every aggregate holds them again (clear_pending_days.sql), so a crash in between is repaired by the next run.
INSERT INTO day_aggregates_pending (sale_day)
SELECT sale_day FROM daily_affected_dates
