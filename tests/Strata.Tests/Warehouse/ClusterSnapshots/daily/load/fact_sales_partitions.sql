-- The month partitions of fact_sales this run swaps, on a cluster: as on one node ('replace' for every month the staging
-- holds, 'drop' for an affected month with nothing left), read through the Distributed tables. The partition id is
-- computed from the PARTITION BY expression (toYYYYMM of the UTC sale date, written as its number), the same on every
-- shard, rather than read from _partition_id.
WITH
affected_days AS (
    SELECT sale_day FROM daily_affected_dates
),

staged AS (
    SELECT DISTINCT toString(toYYYYMM(sale_date)) AS partition_id FROM fact_sales_staging
),

emptied AS (
    SELECT DISTINCT toString(toYYYYMM(sale_date)) AS partition_id
    FROM fact_sales
    WHERE toDate32(sale_date, 'UTC') IN affected_days
      AND toString(toYYYYMM(sale_date)) NOT IN staged
)

SELECT partition_id, 'replace' AS action FROM staged
UNION ALL
SELECT partition_id, 'drop' AS action FROM emptied
ORDER BY partition_id
