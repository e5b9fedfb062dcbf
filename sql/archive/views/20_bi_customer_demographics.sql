-- BI view (R8.4): customer demographics, one row per age band, gender and region, over the whole history.
-- Built from: bi_sales_detail (each sale counted with the customer's attributes at the time of the sale).
CREATE OR REPLACE VIEW bi_customer_demographics AS
WITH sales AS (
    SELECT age_band, gender, region, customer_id, revenue
    FROM bi_sales_detail
)

SELECT
    age_band,
    gender,
    region,
    count(DISTINCT customer_id)                              AS customers,
    count(*)                                                 AS sales,
    sum(revenue)                                             AS revenue,
    round(sum(revenue) / count(*), 2)                        AS avg_check,
    round(sum(revenue) / count(DISTINCT customer_id), 2)     AS revenue_per_customer
FROM sales
GROUP BY age_band, gender, region;
