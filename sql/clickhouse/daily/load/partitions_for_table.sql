-- The partitions of {target} a full rebuild replaces: every partition {staging} holds ('replace'), and every
-- partition only the target still holds ('drop'). For an unpartitioned table that is the single partition
-- 'all', so the whole table is swapped in one atomic step.
WITH
staged AS (
    SELECT DISTINCT _partition_id AS partition_id FROM {staging:Identifier}
),

emptied AS (
    SELECT DISTINCT _partition_id AS partition_id
    FROM {target:Identifier}
    WHERE _partition_id NOT IN staged
)

SELECT partition_id, 'replace' AS action FROM staged
UNION ALL
SELECT partition_id, 'drop' AS action FROM emptied
ORDER BY partition_id
