-- The sale_ids this run quarantined: PostgreSQL's side of the reconciliation leaves them out, as the
-- documented cleaning does.
SELECT DISTINCT sale_id
FROM daily_checked_sales
WHERE notEmpty(reasons) AND sale_id IS NOT NULL
ORDER BY sale_id
