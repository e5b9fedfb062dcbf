-- The warehouse's freshness: its newest sale (NULL while fact_sales is empty).
SELECT maxOrNull(sale_date) AS newest_sale
FROM fact_sales
