-- After the raw limit is measured and counted its copy of sales_data is dropped: it is a measuring
-- instrument, not warehouse data, and at 10 million sales it would double the benchmark's disk use.
DROP TABLE IF EXISTS bench_raw_limit SYNC
