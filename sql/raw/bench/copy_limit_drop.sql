-- The ingest's raw limit is a measuring instrument, not data: dropped once counted.
DROP TABLE IF EXISTS bench_copy_limit
