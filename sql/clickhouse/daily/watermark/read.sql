-- The watermark of the last successful daily run (NULL before the first): the next extract re-reads every
-- sale PostgreSQL changed since then, minus the overlap.
SELECT maxOrNull(watermark) AS watermark FROM daily_watermark
