-- Check "unique" on the raw tier: rows of {{table}} whose {{column}} another row also has (a key names one row).
-- Only keys of rows written since @since are looked at, so a check after an ingest reads what it loaded.
WITH recent AS (
    SELECT {{column}} AS key FROM {{table}} WHERE updated_at >= @since
),

repeated AS (
    SELECT count(*) AS copies
    FROM {{table}}
    WHERE {{column}} IN (SELECT key FROM recent)
    GROUP BY {{column}}
    HAVING count(*) > 1
)

SELECT coalesce(sum(copies), 0)::bigint AS failing_rows
FROM repeated
