-- PostgreSQL's clock, which also stamps updated_at: read before the daily extract, it becomes the run's
-- watermark, so the watermark and the rows it is compared with come from the same clock.
SELECT now() AS clock
