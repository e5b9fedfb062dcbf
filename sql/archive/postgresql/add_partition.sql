-- The empty partition of historical_sales for one UTC month, so the swap always has a partition to replace.
-- Built from: the month's bounds (the exclusive upper bound is the next month's first instant).
CREATE TABLE historical_sales_p{{suffix}} PARTITION OF historical_sales
    FOR VALUES FROM ({{month_start}}) TO ({{month_end}});
