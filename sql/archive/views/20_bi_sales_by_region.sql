-- BI view (R8.4): sales by region, one row per UTC month and customer location at the time of the sale.
-- Built from: bi_sales_detail (so a customer who moved counts where they lived when they bought).
CREATE OR REPLACE VIEW bi_sales_by_region AS
WITH sales AS (
    SELECT sale_month, country, region, city, customer_id, quantity, revenue
    FROM bi_sales_detail
)

SELECT
    sale_month,
    country,
    region,
    city,
    sum(revenue)                  AS revenue,
    count(*)                      AS sales,
    sum(quantity)                 AS units,
    count(DISTINCT customer_id)   AS customers
FROM sales
GROUP BY sale_month, country, region, city;
