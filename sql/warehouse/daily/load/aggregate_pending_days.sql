-- daily_aggregated_days, as usual: the days pending in the sales aggregates, that is this run's affected days and any
-- a crashed run left (mark_pending_days.sql).
INSERT INTO daily_aggregated_days (sale_day)
SELECT DISTINCT sale_day FROM aggregates_pending_days
