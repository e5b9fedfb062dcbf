-- Check "accepted_values" on the raw tier: rows of {{table}} written since @since whose {{column}} is none of @values.
SELECT count(*) AS failing_rows
FROM {{table}}
WHERE updated_at >= @since AND {{column}} IS NOT NULL AND {{column}} <> ALL (@values)
