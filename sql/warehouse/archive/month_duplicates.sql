-- sale_ids that occur more than once in one month of fact_sales: how many surplus rows, and the first few ids.
-- The archive keeps exactly one row per sale, so any surplus stops the month before anything is written. Run only
-- when month_surplus.sql found surplus rows: grouping by sale_id holds every id of the month.
WITH month_sales AS (
    SELECT sale_id
    FROM fact_sales
    WHERE sale_date >= {month_start:DateTime64(6, 'UTC')} AND sale_date < {month_end:DateTime64(6, 'UTC')}
),

repeated AS (
    SELECT sale_id, count() AS copies
    FROM month_sales
    GROUP BY sale_id
    HAVING copies > 1
)

SELECT
    toInt64(sum(copies - 1))                                                                           AS surplus_rows,
    arrayStringConcat(arrayMap(id -> toString(id), arraySlice(arraySort(groupArray(sale_id)), 1, 10)), ', ') AS examples
FROM repeated
