-- Historical report (R8.3): seasonal trend of each category by month of the year: the mean revenue of that
-- calendar month over the years it sold in, and its seasonal index (that mean over the category's mean month;
-- above 1 = a seasonal high). Built from: the monthly summary (category as it was at the time of each sale) under the
-- filter (sql/reports/filters/archive/filtered_sales.sql).
WITH
{{filtered_sales}},

sales AS (
    SELECT category, sale_month, revenue
    FROM filtered_sales
),

monthly AS (
    SELECT category, sale_month, extract(month FROM sale_month)::integer AS month_of_year, sum(revenue) AS revenue
    FROM sales
    GROUP BY category, sale_month
),

by_month_of_year AS (
    SELECT category, month_of_year, avg(revenue) AS mean_revenue, count(*) AS years
    FROM monthly
    GROUP BY category, month_of_year
),

by_category AS (
    SELECT category, avg(revenue) AS mean_month_revenue
    FROM monthly
    GROUP BY category
)

SELECT
    by_month_of_year.category,
    by_month_of_year.month_of_year,
    by_month_of_year.years,
    round(by_month_of_year.mean_revenue, 2)                                       AS mean_revenue,
    round(by_month_of_year.mean_revenue / by_category.mean_month_revenue, 3)      AS seasonal_index
FROM by_month_of_year
JOIN by_category ON by_category.category = by_month_of_year.category
ORDER BY by_month_of_year.category, by_month_of_year.month_of_year;
