-- Historical report (issue 12 part 5): returns, net revenue and return rate by product, most returned value
-- first. Built from: bi_returns_by_product.
SELECT product_id, product_name, category, sold_units, returned_units, gross_revenue, returned_revenue, net_revenue, return_rate_pct
FROM bi_returns_by_product
ORDER BY returned_revenue DESC, net_revenue DESC, product_id COLLATE "C";
