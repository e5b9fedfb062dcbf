-- The partitions of {target} this run replaces, each with what to do: 'replace' when {staging} holds its
-- new content, 'drop' when the target holds rows on an affected day but the partition has nothing left
-- (every sale of that month deleted or moved away). Partition ids come from ClickHouse itself
-- (_partition_id), so this works whatever the target's PARTITION BY expression spells them as.
WITH
affected_days AS (
    SELECT sale_day FROM daily_affected_dates
),

staged AS (
    SELECT DISTINCT _partition_id AS partition_id FROM {staging:Identifier}
),

emptied AS (
    SELECT DISTINCT _partition_id AS partition_id
    FROM {target:Identifier}
    WHERE toDate32({date_column:Identifier}, 'UTC') IN affected_days
      AND _partition_id NOT IN staged
)

SELECT partition_id, 'replace' AS action FROM staged
UNION ALL
SELECT partition_id, 'drop' AS action FROM emptied
ORDER BY partition_id
