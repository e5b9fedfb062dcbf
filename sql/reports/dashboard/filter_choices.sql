-- Dashboard: what the category and region filters offer: every category of the products and every region of the customers.
SELECT 'category' AS kind, category AS value FROM dim_product GROUP BY category
UNION ALL
SELECT 'region' AS kind, ifNull(region, 'unknown') AS value FROM dim_customer GROUP BY value
ORDER BY kind, value
