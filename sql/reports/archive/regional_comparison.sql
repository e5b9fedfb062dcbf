-- Historical report (R8.3): regions compared year by year: revenue, sales, customers, average check, the
-- region's share and rank within the year, and its change against the year before.
-- Built from: historical_sales_by_customer_month (region where the customer lived at the time of each sale).
WITH sales AS (
    SELECT extract(year FROM sale_month)::integer AS sale_year, country, region, customer_id, sales, revenue
    FROM historical_sales_by_customer_month
),

yearly AS (
    SELECT sale_year, country, region, sum(revenue) AS revenue, sum(sales)::bigint AS sales, count(DISTINCT customer_id) AS customers
    FROM sales
    GROUP BY sale_year, country, region
)

SELECT
    sale_year                                                                         AS year,
    country,
    region,
    revenue,
    sales,
    customers,
    round(revenue / sales, 2)                                                         AS avg_check,
    round(100 * revenue / sum(revenue) OVER (PARTITION BY sale_year), 2)              AS share_of_year_pct,
    row_number() OVER (PARTITION BY sale_year ORDER BY revenue DESC, country, region) AS rank_in_year,
    round(100 * (revenue - lag(revenue) OVER by_region)
          / nullif(lag(revenue) OVER by_region, 0), 2)                                AS yoy_change_pct
FROM yearly
WINDOW by_region AS (PARTITION BY country, region ORDER BY sale_year)
ORDER BY year, rank_in_year;
