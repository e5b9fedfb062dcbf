-- The empty partition of historical_sales for one UTC month, so the swap always has a partition to replace.
-- Built from: the month's bounds (the exclusive upper bound is the next month's first instant).
CREATE TABLE historical_sales_p2024_03 PARTITION OF historical_sales
    FOR VALUES FROM ('2024-03-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
