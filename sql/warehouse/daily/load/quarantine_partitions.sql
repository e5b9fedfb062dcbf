-- The month partitions of quarantine this run swaps: 'replace' for every month quarantine_staging holds,
-- 'drop' for a month that loses rows this run replaces (dimension rejects, sales rejects on the affected
-- days) and has nothing left, 'keep' for a month the run does not touch. Partition ids come from ClickHouse
-- itself (_partition_id, system.parts).
WITH
affected_days AS (
    SELECT sale_day FROM daily_affected_dates
),

staged AS (
    SELECT DISTINCT _partition_id AS partition_id FROM quarantine_staging
),

emptied AS (
    SELECT DISTINCT _partition_id AS partition_id
    FROM quarantine
    WHERE (source_table IN ('customer_data', 'product_data')
           OR (source_table = 'sales_data' AND logical_date IN affected_days))
      AND _partition_id NOT IN staged
),

live AS (
    SELECT DISTINCT partition_id
    FROM system.parts
    WHERE database = currentDatabase() AND table = 'quarantine' AND active
)

SELECT partition_id, 'replace' AS action FROM staged
UNION ALL
SELECT partition_id, 'drop' AS action FROM emptied
UNION ALL
SELECT partition_id, 'keep' AS action FROM live WHERE partition_id NOT IN staged AND partition_id NOT IN emptied
ORDER BY partition_id
