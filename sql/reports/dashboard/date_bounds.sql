-- Dashboard: the first and last UTC day of the loaded sales, the date range a filter without dates covers.
SELECT toDate(min(sale_date)) AS first_day, toDate(max(sale_date)) AS last_day, count() AS sales FROM fact_sales
