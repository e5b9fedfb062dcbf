-- daily_duplicate_keys: every sale_id the landing holds more than once. Run only when surplus_rows.sql
-- found some. daily_landing_sales is sorted by sale_id, so the aggregation streams in that order and holds
-- one key at a time instead of a hash of every key.
INSERT INTO daily_duplicate_keys (sale_id)
SELECT assumeNotNull(sale_id)
FROM daily_landing_sales
WHERE sale_id >= 1
GROUP BY sale_id
HAVING count() > 1
SETTINGS optimize_aggregation_in_order = 1
