-- The empty partition of historical_sales for one UTC month (classic syntax), so EXCHANGE always has a
-- partition to replace. Built from: the month's bounds. Storage is spelt out: an added partition must be
-- append-optimised column-oriented zstd like its siblings and like the staging table exchanged into it.
ALTER TABLE historical_sales ADD PARTITION p{{suffix}}
    START ({{month_start}}) INCLUSIVE
    END ({{month_end}}) EXCLUSIVE
    WITH (appendoptimized=true, orientation=column, compresstype=zstd, compresslevel=5);
