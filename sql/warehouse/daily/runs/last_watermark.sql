-- The watermark of the last successful daily run (NULL before the first): PostgreSQL's clock before that
-- run's extract, kept on its extract row in etl_runs. The next extract re-reads every sale changed since
-- then, minus the overlap. Failed runs leave it NULL, so they never move it.
SELECT maxOrNull(watermark) AS watermark
FROM etl_runs
WHERE step = 'extract' AND status = 'succeeded'
