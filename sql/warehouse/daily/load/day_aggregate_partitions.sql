-- The month partitions of the sales aggregate {table} (sales_cube) this run swaps from {staging}: 'replace' for
-- every month the staging holds, 'drop' for a month that had rows on a recomputed day and has nothing left, 'keep'
-- for a month the run does not touch. Partition ids come from ClickHouse itself.
WITH
recomputed_days AS (
    SELECT sale_day FROM daily_aggregated_days
),

staged AS (
    SELECT DISTINCT _partition_id AS partition_id FROM {staging:Identifier}
),

emptied AS (
    SELECT DISTINCT _partition_id AS partition_id
    FROM {table:Identifier}
    WHERE sale_day IN recomputed_days
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
