-- The empty partition of historical_sales for one UTC month (classic syntax), so EXCHANGE always has a
-- partition to replace. Built from: the month's bounds. Storage is spelt out: an added partition must be
-- append-optimised column-oriented zstd like its siblings and like the staging table exchanged into it.
ALTER TABLE historical_sales ADD PARTITION p2024_03
    START ('2024-03-01 00:00:00+00') INCLUSIVE
    END ('2024-04-01 00:00:00+00') EXCLUSIVE
    WITH (appendoptimized=true, orientation=column, compresstype=zstd, compresslevel=5);
