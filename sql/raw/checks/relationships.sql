-- Check "relationships" on the raw tier: rows of {{table}} written since @since whose {{column}} names no row of
-- {{parent}} (a sale of an unknown product or customer).
SELECT count(*) AS failing_rows
FROM {{table}} AS child
WHERE child.updated_at >= @since
  AND child.{{column}} IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM {{parent}} AS parent WHERE parent.{{parent_key}} = child.{{column}})
