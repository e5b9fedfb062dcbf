-- Whether the raw tier already holds sales: the benchmark only runs on an empty one, so that its figures
-- measure N generated sales and nothing else.
SELECT EXISTS (SELECT 1 FROM sales_data) AS has_sales
