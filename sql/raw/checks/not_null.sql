-- Check "not_null" on the raw tier: rows of {{table}} written since @since without the required {{column}}.
SELECT count(*) AS failing_rows
FROM {{table}}
WHERE updated_at >= @since AND {{column}} IS NULL
