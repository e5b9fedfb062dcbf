-- Before fact_sales changes: this run's affected days become pending in the sales aggregates. They stay pending until
-- every aggregate holds them again (clear_pending_days.sql), so a crash in between is repaired by the next run.
INSERT INTO aggregates_pending_days (sale_day)
SELECT sale_day FROM daily_affected_dates
