-- The reconciliation check on its own: every sale_id the daily loads quarantined (they are in PostgreSQL but, by
-- design, not in fact_sales).
SELECT DISTINCT toInt64(business_key) AS sale_id
FROM quarantine
WHERE source_table = 'sales_data' AND business_key != ''
ORDER BY sale_id
