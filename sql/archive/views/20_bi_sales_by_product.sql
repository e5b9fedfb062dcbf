-- BI view (R8.4): sales by product, one row per UTC month and product, with the product's category and
-- name as they were at the time of the sale. Built from: bi_sales_detail.
CREATE OR REPLACE VIEW bi_sales_by_product AS
WITH sales AS (
    SELECT sale_month, category, product_id, product_name, customer_id, quantity, revenue
    FROM bi_sales_detail
)

SELECT
    sale_month,
    category,
    product_id,
    product_name,
    sum(revenue)                  AS revenue,
    count(*)                      AS sales,
    sum(quantity)                 AS units,
    count(DISTINCT customer_id)   AS customers
FROM sales
GROUP BY sale_month, category, product_id, product_name;
