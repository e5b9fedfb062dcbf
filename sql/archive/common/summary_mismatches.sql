-- The summaries' own check: for one month, its sales, units and revenue in each summary against the month's
-- archived sales themselves. Any row returned is a mismatch (a sale counted twice by overlapping versions, a row
-- lost); the summaries step fails naming it. Built from: historical_sales (the month's partition only: literal bounds).
WITH archived AS (
    SELECT count(*) AS sales, coalesce(sum(quantity), 0) AS units, coalesce(sum(revenue), 0) AS revenue
    FROM historical_sales
    WHERE sale_date >= {{month_start}} AND sale_date < {{month_end}}
),

summaries AS (
    SELECT 'historical_sales_by_customer_month' AS summary,
           coalesce(sum(sales), 0) AS sales, coalesce(sum(units), 0) AS units, coalesce(sum(revenue), 0) AS revenue
    FROM historical_sales_by_customer_month
    WHERE sale_month = ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date
    UNION ALL
    SELECT 'historical_sales_by_product_month',
           coalesce(sum(sales), 0), coalesce(sum(units), 0), coalesce(sum(revenue), 0)
    FROM historical_sales_by_product_month
    WHERE sale_month = ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date
)

SELECT summaries.summary, summaries.sales, archived.sales AS archived_sales, summaries.revenue, archived.revenue AS archived_revenue
FROM summaries
CROSS JOIN archived
WHERE (summaries.sales, summaries.units, summaries.revenue) IS DISTINCT FROM (archived.sales, archived.units, archived.revenue);
