-- The raw tier's freshness: its newest sale (sales_data is indexed on sale_date).
SELECT max(sale_date) AS newest_sale
FROM sales_data
