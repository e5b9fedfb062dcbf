-- dataset: warehouse.fact_sales
-- severity: error
-- No sale is dated after the moment the check runs: a clock or time-zone error upstream would otherwise put
-- revenue into days that have not happened. Returns the failing facts.
SELECT sale_id, sale_date
FROM {fact_sales:Identifier}
WHERE sale_date > now64(6)
