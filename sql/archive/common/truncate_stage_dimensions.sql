-- Empties the dimension stage tables before ClickHouse pushes the current dimensions into them.
TRUNCATE stage_products, stage_customers;
