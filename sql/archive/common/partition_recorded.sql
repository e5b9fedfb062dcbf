-- Whether the month's partition of historical_sales was already created (archive_months records it in the
-- same transaction that creates it).
SELECT EXISTS (SELECT 1 FROM archive_months WHERE month = @month);
