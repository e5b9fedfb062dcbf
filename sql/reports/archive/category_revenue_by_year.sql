-- Historical report (R8.3): average revenue by category for each year, with its seasonality: the revenue per
-- sale, the mean revenue of the months the category sold in, the peak month, how far the peak stands above the
-- mean (seasonality_index = peak month / mean month; 1 = flat), and the change against the year before.
-- Built from: historical_sales_by_customer_month (category as it was at the time of each sale).
WITH sales AS (
    SELECT category, extract(year FROM sale_month)::integer AS sale_year, sale_month, sales, revenue
    FROM historical_sales_by_customer_month
),

monthly AS (
    SELECT category, sale_year, sale_month, sum(revenue) AS revenue, sum(sales)::bigint AS sales
    FROM sales
    GROUP BY category, sale_year, sale_month
),

peaks AS (
    SELECT DISTINCT ON (category, sale_year) category, sale_year, sale_month AS peak_month, revenue AS peak_revenue
    FROM monthly
    ORDER BY category, sale_year, revenue DESC, sale_month
),

yearly AS (
    SELECT category, sale_year, sum(revenue) AS revenue, sum(sales) AS sales, avg(revenue) AS mean_month_revenue
    FROM monthly
    GROUP BY category, sale_year
)

SELECT
    yearly.category,
    yearly.sale_year                                                     AS year,
    yearly.revenue,
    yearly.sales,
    round(yearly.revenue / yearly.sales, 2)                              AS avg_revenue_per_sale,
    round(yearly.mean_month_revenue, 2)                                  AS avg_monthly_revenue,
    peaks.peak_month,
    round(peaks.peak_revenue / yearly.mean_month_revenue, 3)             AS seasonality_index,
    round(100 * (yearly.revenue - lag(yearly.revenue) OVER by_year)
          / nullif(lag(yearly.revenue) OVER by_year, 0), 2)               AS yoy_change_pct
FROM yearly
JOIN peaks ON peaks.category = yearly.category AND peaks.sale_year = yearly.sale_year
WINDOW by_year AS (PARTITION BY yearly.category ORDER BY yearly.sale_year)
ORDER BY yearly.category, yearly.sale_year;
