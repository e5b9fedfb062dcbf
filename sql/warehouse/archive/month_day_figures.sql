-- Per-day figures of one month of fact_sales (UTC days): what the archive's staging table, and then the archived
-- month, must match day by day (sql/archive/common/day_figures.sql computes the same figures there).
-- sale_seconds sums whole epoch seconds, so a timestamp shifted on the way cannot hide behind matching counts.
-- Distinct integer ids are counted exactly with bitmaps, which stay small however large the month.
WITH month_sales AS (
    SELECT sale_id, sale_date, customer_id, product_id, quantity, revenue
    FROM fact_sales
    WHERE sale_date >= {month_start:DateTime64(6, 'UTC')} AND sale_date < {month_end:DateTime64(6, 'UTC')}
)

SELECT
    toDate(sale_date, 'UTC')                    AS day,
    count()                                     AS sale_rows,
    groupBitmap(toUInt64(sale_id))              AS sale_ids,
    sum(revenue)                                AS revenue,
    sum(quantity)                               AS units,
    groupBitmap(toUInt64(customer_id))          AS customers,
    uniqExact(product_id)                       AS products,
    sum(toUnixTimestamp(toDateTime(sale_date))) AS sale_seconds
FROM month_sales
GROUP BY day
ORDER BY day
