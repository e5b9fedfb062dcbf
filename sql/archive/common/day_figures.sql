-- Per-day figures of sales in the archive, compared with the same figures from ClickHouse before and after the
-- swap. Built from: {{relation}} (the month's staging table, or historical_sales) between {{range_from}} and
-- {{range_to}}; the staging check passes an open range so that a row outside the month shows up as an extra day.
-- Days are UTC days, whatever the session's time zone. sale_seconds sums whole epoch seconds, so a timestamp
-- shifted by a time-zone mistake on the way cannot hide behind matching counts.
WITH month_sales AS (
    SELECT sale_id, sale_date, customer_id, product_id, quantity, revenue
    FROM {{relation}}
    WHERE sale_date >= {{range_from}} AND sale_date < {{range_to}}
),

figures AS (
    SELECT
        (sale_date AT TIME ZONE 'UTC')::date                     AS day,
        count(*)                                                 AS sale_rows,
        count(DISTINCT sale_id)                                  AS sale_ids,
        sum(revenue)                                             AS revenue,
        sum(quantity)                                            AS units,
        count(DISTINCT customer_id)                              AS customers,
        count(DISTINCT product_id)                               AS products,
        sum(floor(extract(epoch FROM sale_date))::bigint)        AS sale_seconds
    FROM month_sales
    GROUP BY 1
)

SELECT day, sale_rows, sale_ids, revenue, units, customers, products, sale_seconds
FROM figures
ORDER BY day;
