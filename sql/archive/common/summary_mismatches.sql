-- The summaries' own check: for one month, the sales, units and revenue of historical_sales_by_customer_month against
-- historical_sales_by_product_month, just rebuilt from the same sales. The product summary is a plain sum of the
-- month's sales; the customer summary goes through the SCD2 versions, so a sale meeting two overlapping versions would
-- count twice there (and one meeting none still counts once, as 'unknown'). A row returned is a mismatch; the
-- summaries step fails naming it. Comparing the two small summaries costs no third read of the month's sales.
WITH by_customer AS (
    SELECT coalesce(sum(sales), 0) AS sales, coalesce(sum(units), 0) AS units, coalesce(sum(revenue), 0) AS revenue
    FROM historical_sales_by_customer_month
    WHERE sale_month = ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date
),

by_product AS (
    SELECT coalesce(sum(sales), 0) AS sales, coalesce(sum(units), 0) AS units, coalesce(sum(revenue), 0) AS revenue
    FROM historical_sales_by_product_month
    WHERE sale_month = ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date
)

SELECT by_customer.sales, by_product.sales AS archived_sales, by_customer.revenue, by_product.revenue AS archived_revenue
FROM by_customer
CROSS JOIN by_product
WHERE (by_customer.sales, by_customer.units, by_customer.revenue) IS DISTINCT FROM (by_product.sales, by_product.units, by_product.revenue);
