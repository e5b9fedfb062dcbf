-- Check "accepted_range" on the raw tier: rows of {{table}} written since @since whose {{column}} lies outside
-- @min..@max (inclusive). A missing value is not_null's business, not this check's.
SELECT count(*) AS failing_rows
FROM {{table}}
WHERE updated_at >= @since AND ({{column}} < @min OR {{column}} > @max)
