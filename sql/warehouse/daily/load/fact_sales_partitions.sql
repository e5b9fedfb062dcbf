-- The month partitions of fact_sales this run swaps, each with what to do: 'replace' when
-- fact_sales_staging holds its new content, 'drop' when fact_sales holds rows on an affected day but the
-- month has nothing left (every sale of it deleted or moved away in PostgreSQL), 'keep' for a month the run does
-- not touch. Partition ids come from ClickHouse itself (_partition_id, system.parts), so they are spelt exactly as
-- the PARTITION BY expression makes them.
WITH
affected_days AS (
    SELECT sale_day FROM daily_affected_dates
),

staged AS (
    SELECT DISTINCT _partition_id AS partition_id FROM fact_sales_staging
),

emptied AS (
    SELECT DISTINCT _partition_id AS partition_id
    FROM fact_sales
    WHERE toDate32(sale_date, 'UTC') IN affected_days
      AND _partition_id NOT IN staged
),

live AS (
    SELECT DISTINCT partition_id
    FROM system.parts
    WHERE database = currentDatabase() AND table = 'fact_sales' AND active
)

SELECT partition_id, 'replace' AS action FROM staged
UNION ALL
SELECT partition_id, 'drop' AS action FROM emptied
UNION ALL
SELECT partition_id, 'keep' AS action FROM live WHERE partition_id NOT IN staged AND partition_id NOT IN emptied
ORDER BY partition_id
