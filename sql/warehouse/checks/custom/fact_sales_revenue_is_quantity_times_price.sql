-- dataset: warehouse.fact_sales
-- severity: error
-- Every fact's revenue is its quantity times its unit price to the cent: the summaries add revenue up and never
-- recompute it, so a fact that disagrees would skew every revenue figure. Returns the failing facts.
SELECT sale_id, quantity, price, revenue
FROM {fact_sales:Identifier}
WHERE revenue != quantity * price
