-- daily_aggregated_days, as usual: the days pending in the day aggregates, that is this run's affected days and any
-- a crashed run left (mark_pending_days.sql).
INSERT INTO daily_aggregated_days (sale_day)
SELECT DISTINCT sale_day FROM day_aggregates_pending
