-- Historical report (R8.3): the customers who buy most in each season (meteorological seasons, all years
-- together), the top 10 per season with their share of the season's revenue.
-- Built from: historical_sales_by_customer_month; the customer's city and region are their current ones
-- (historical_customers). Seasons as bi_sales_detail names them (winter = December to February).
WITH season_sales AS (
    SELECT
        CASE
            WHEN extract(month FROM sale_month) IN (12, 1, 2) THEN 'winter'
            WHEN extract(month FROM sale_month) IN (3, 4, 5) THEN 'spring'
            WHEN extract(month FROM sale_month) IN (6, 7, 8) THEN 'summer'
            ELSE 'autumn'
        END AS season,
        customer_id, sales, revenue
    FROM historical_sales_by_customer_month
),

current_customers AS (
    SELECT customer_id, city, region
    FROM historical_customers
    WHERE is_current
),

per_customer AS (
    SELECT season, customer_id, sum(revenue) AS revenue, sum(sales)::bigint AS sales
    FROM season_sales
    GROUP BY season, customer_id
),

ranked AS (
    SELECT
        per_customer.*,
        row_number() OVER (PARTITION BY season ORDER BY revenue DESC, customer_id) AS rank_in_season,
        sum(revenue) OVER (PARTITION BY season)                                   AS season_revenue
    FROM per_customer
)

SELECT
    ranked.season,
    ranked.rank_in_season,
    ranked.customer_id,
    current_customers.city,
    current_customers.region,
    ranked.revenue,
    ranked.sales,
    round(100 * ranked.revenue / ranked.season_revenue, 2) AS share_of_season_pct
FROM ranked
LEFT JOIN current_customers ON current_customers.customer_id = ranked.customer_id
WHERE ranked.rank_in_season <= 10
ORDER BY
    CASE ranked.season WHEN 'winter' THEN 1 WHEN 'spring' THEN 2 WHEN 'summer' THEN 3 ELSE 4 END,
    ranked.rank_in_season;
