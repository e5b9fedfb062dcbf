-- The month partitions of {table} (sales_cube, product_months, customer_months, summary_sales: each partitioned by
-- toYYYYMM of its day or month) this run swaps from {staging}: 'replace' for every month the staging holds, 'drop'
-- for a month holding a recomputed day (daily_aggregated_days) that has nothing left, 'keep' for a month the run does
-- not touch. Partition ids and values come from ClickHouse itself (_partition_id, _partition_value: a tuple of the
-- one key, system.parts).
WITH
recomputed_months AS (
    SELECT DISTINCT toYYYYMM(sale_day) FROM daily_aggregated_days
),

staged AS (
    SELECT DISTINCT _partition_id AS partition_id FROM {staging:Identifier}
),

emptied AS (
    SELECT DISTINCT _partition_id AS partition_id
    FROM {table:Identifier}
    WHERE _partition_value.1 IN recomputed_months
      AND _partition_id NOT IN staged
),

live AS (
    SELECT DISTINCT partition_id
    FROM system.parts
    WHERE database = currentDatabase() AND table = {table_name:String} AND active
)

SELECT partition_id, 'replace' AS action FROM staged
UNION ALL
SELECT partition_id, 'drop' AS action FROM emptied
UNION ALL
SELECT partition_id, 'keep' AS action FROM live WHERE partition_id NOT IN staged AND partition_id NOT IN emptied
ORDER BY partition_id
