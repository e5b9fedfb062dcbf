-- The empty partition of historical_sales for one UTC month (modern syntax: a partition is a table of its own),
-- so EXCHANGE always has a partition to replace. Built from: the month's bounds. Append-optimised,
-- column-oriented, zstd: history is written once per month and read by column scans. The distribution key
-- (customer_id) comes from the parent.
CREATE TABLE historical_sales_p2024_03 PARTITION OF historical_sales
    FOR VALUES FROM ('2024-03-01 00:00:00+00') TO ('2024-04-01 00:00:00+00')
    USING ao_column
    WITH (compresstype=zstd, compresslevel=5);
