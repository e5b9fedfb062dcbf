-- summary_customers_staging: per customer, over the whole history: orders (sales), units, revenue, the first and
-- last purchase, and the average check, merged from customer_months (months x customers rows). Customers who never
-- bought are left out.
INSERT INTO summary_customers_staging (customer_id, orders, units, revenue, first_purchase, last_purchase, avg_check)
WITH
per_customer AS (
    SELECT
        customer_id,
        sum(orders) AS orders,
        sum(units) AS units,
        sum(revenue) AS revenue,
        min(first_purchase) AS first_purchase,
        max(last_purchase) AS last_purchase
    FROM customer_months
    GROUP BY customer_id
)

SELECT customer_id, orders, units, revenue, first_purchase, last_purchase, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_customer
