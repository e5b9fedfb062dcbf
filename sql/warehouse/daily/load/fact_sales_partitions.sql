-- The month partitions of fact_sales this run swaps, each with what to do: 'replace' when
-- fact_sales_staging holds its new content, 'drop' when fact_sales holds rows on an affected day but the
-- month has nothing left (every sale of it deleted or moved away in PostgreSQL). Partition ids come from
-- ClickHouse itself (_partition_id), so they are spelt exactly as the PARTITION BY expression makes them.
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
)

SELECT partition_id, 'replace' AS action FROM staged
UNION ALL
SELECT partition_id, 'drop' AS action FROM emptied
ORDER BY partition_id
