-- Historical report (issue 12 part 5): returns, net revenue and return rate by category, largest net revenue
-- first. Built from: bi_returns_by_category.
SELECT category, sold_units, returned_units, gross_revenue, returned_revenue, net_revenue, return_rate_pct
FROM bi_returns_by_category
ORDER BY net_revenue DESC, category COLLATE "C";
