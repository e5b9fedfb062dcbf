-- BI view (issue 12 part 5): returns and net revenue by UTC month, one row per month with sales or returns: sale
-- and return lines, gross revenue, the value returned, net revenue and the return rate (returned value over
-- gross revenue, percent). A return counts in the month it was made, not the month of the sale it cancels.
-- Built from: historical_sales_by_product_month (the monthly summary of the sales), historical_returns.
CREATE OR REPLACE VIEW bi_returns_by_month AS
WITH movements AS (
    SELECT sale_month AS month, sales AS sale_lines, 0 AS return_lines, revenue AS gross_revenue, 0 AS returned_revenue
    FROM historical_sales_by_product_month
    UNION ALL
    SELECT date_trunc('month', return_date AT TIME ZONE 'UTC')::date, 0, 1, 0, returned_revenue
    FROM historical_returns
),

per_month AS (
    SELECT month, sum(sale_lines)::bigint AS sale_lines, sum(return_lines)::bigint AS return_lines,
           sum(gross_revenue) AS gross_revenue, sum(returned_revenue) AS returned_revenue
    FROM movements
    GROUP BY month
)

SELECT
    month,
    sale_lines,
    return_lines,
    gross_revenue,
    returned_revenue,
    gross_revenue - returned_revenue                                                 AS net_revenue,
    CASE WHEN gross_revenue > 0 THEN round(returned_revenue * 100 / gross_revenue, 2) END AS return_rate_pct
FROM per_month;
