-- One month of fact_sales, the columns the archive keeps (archived_at is added on the way), streamed to .NET, which
-- copies them into the month's staging table in the archive with a binary COPY (MonthCopy). In the order fact_sales
-- keeps them (by day): the archive needs no order, and a sort would cost the engine the month's rows again.
SELECT sale_id, sale_date, toString(product_id) AS product_id, customer_id, quantity, price, revenue
FROM fact_sales
WHERE sale_date >= {month_start:DateTime64(6, 'UTC')} AND sale_date < {month_end:DateTime64(6, 'UTC')}
