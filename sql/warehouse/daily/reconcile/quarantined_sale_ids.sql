-- The sale_ids this run quarantined: PostgreSQL's side of the reconciliation leaves them out, as the
-- documented cleaning does.
SELECT DISTINCT toInt64(business_key) AS sale_id
FROM daily_quarantine
WHERE source_table = 'sales_data' AND business_key IS NOT NULL
ORDER BY sale_id
