-- BI view (R8.4): sales by time, one row per UTC month. Built from: bi_sales_detail.
-- avg_check is revenue per sale (a sale is one order line in the source).
CREATE OR REPLACE VIEW bi_sales_by_month AS
WITH sales AS (
    SELECT sale_month, sale_quarter, sale_year, customer_id, quantity, revenue
    FROM bi_sales_detail
)

SELECT
    sale_month,
    sale_quarter,
    sale_year,
    sum(revenue)                          AS revenue,
    count(*)                              AS sales,
    sum(quantity)                         AS units,
    count(DISTINCT customer_id)           AS customers,
    round(sum(revenue) / count(*), 2)     AS avg_check
FROM sales
GROUP BY sale_month, sale_quarter, sale_year;
