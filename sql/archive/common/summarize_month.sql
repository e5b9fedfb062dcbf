-- Rebuilds one month of the archive's summaries (create_summaries.sql) from the month's archived sales, in one
-- transaction (the caller's), so readers see the month's old summary or its new one. Built from: historical_sales
-- between the month's bounds (literals, so only the month's partition is read) and the product and customer versions
-- valid at the month's first instant. Run again, it writes the same rows.
-- Versions open and close only at UTC month starts (validity_rule.sql, a CHECK on both tables), so the versions a
-- sale of this month meets are exactly those valid at the month's first instant: one row per key, joined by equality
-- instead of a range join per sale. The sums are bi_sales_detail's (a version's attribute missing or no
-- version at all shows 'unknown'; sales_without_version counts sales that met no product or no customer version),
-- and a key with two overlapping versions still counts its sales under each, which summary_mismatches.sql reports.
-- The customer versions join each customer's sums per category rather than each sale: a customer's versions are the
-- same for all its sales this month, and a month has far fewer such sums than sales (7,672 against 635,692 at 10M).
-- The month is a constant rather than each sale's sale_month, and work_mem lets the aggregation hash a month's groups
-- in memory (4 MB spilled it to a sort).
SET LOCAL work_mem = '64MB';

DELETE FROM historical_sales_by_customer_month
WHERE sale_month = ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date;

DELETE FROM historical_sales_by_product_month
WHERE sale_month = ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date;

INSERT INTO historical_sales_by_customer_month
    (sale_month, customer_id, category, country, region, sales, units, revenue, sales_without_version)
WITH products AS (
    SELECT product_id, category
    FROM historical_products
    WHERE valid_from <= {{month_start}} AND valid_to > {{month_start}}
),

customers AS (
    SELECT customer_id, country, region
    FROM historical_customers
    WHERE valid_from <= {{month_start}} AND valid_to > {{month_start}}
),

by_category AS (
    SELECT
        s.customer_id,
        coalesce(p.category, 'unknown')                      AS category,
        count(*)                                             AS sales,
        sum(s.quantity)                                      AS units,
        sum(s.revenue)                                       AS revenue,
        sum(CASE WHEN p.product_id IS NULL THEN 1 ELSE 0 END) AS sales_without_product
    FROM historical_sales AS s
    LEFT JOIN products AS p ON p.product_id = s.product_id
    WHERE s.sale_date >= {{month_start}} AND s.sale_date < {{month_end}}
    GROUP BY s.customer_id, coalesce(p.category, 'unknown')
)

SELECT
    ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date,
    b.customer_id,
    b.category,
    coalesce(c.country, 'unknown'),
    coalesce(c.region, 'unknown'),
    sum(b.sales),
    sum(b.units),
    sum(b.revenue),
    sum(CASE WHEN c.customer_id IS NULL THEN b.sales ELSE b.sales_without_product END)
FROM by_category AS b
LEFT JOIN customers AS c ON c.customer_id = b.customer_id
GROUP BY b.customer_id, b.category, coalesce(c.country, 'unknown'), coalesce(c.region, 'unknown');

INSERT INTO historical_sales_by_product_month (sale_month, product_id, sales, units, revenue)
SELECT
    ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date,
    product_id,
    count(*),
    sum(quantity),
    sum(revenue)
FROM historical_sales
WHERE sale_date >= {{month_start}} AND sale_date < {{month_end}}
GROUP BY product_id;
