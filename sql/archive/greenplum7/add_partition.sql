-- The empty partition of historical_sales for one UTC month (modern syntax: a partition is a table of its own),
-- so EXCHANGE always has a partition to replace. Built from: the month's bounds. Append-optimised,
-- column-oriented, zstd: history is written once per month and read by column scans. The distribution key
-- (customer_id) comes from the parent.
CREATE TABLE historical_sales_p{{suffix}} PARTITION OF historical_sales
    FOR VALUES FROM ({{month_start}}) TO ({{month_end}})
    USING ao_column
    WITH (compresstype=zstd, compresslevel=5);
