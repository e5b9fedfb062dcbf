-- Records what the month's partition now holds, in the swap's transaction, so archive_months never disagrees
-- with historical_sales.
UPDATE archive_months
SET sale_rows = @sale_rows, revenue = @revenue, archived_at = @archived_at, run_id = @run_id
WHERE month = @month;
