-- summary_sales_staging: revenue, units, orders (sale lines), distinct customers and the average check per
-- UTC day x product category x customer region (NULL when the customer has none): sales_cube's own
-- grain, finalized, for the months holding a day this run recomputed (daily_aggregated_days); they are swapped
-- in month by month like sales_cube's. A sale whose product or customer has left the dimensions (its row now
-- quarantined) still counts: under category 'unknown' and region NULL.
INSERT INTO summary_sales_staging (sale_date, category, region, revenue, units, orders, customers, avg_check)
SELECT
    sale_day,
    category,
    region,
    revenue,
    units,
    orders,
    finalizeAggregation(customers) AS customers,
    round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM sales_cube
WHERE toYYYYMM(sale_day) IN (SELECT toYYYYMM(sale_day) FROM daily_aggregated_days)
