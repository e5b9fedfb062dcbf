-- The monthly archive's raw limit is a measuring instrument, not history: dropped once counted.
DROP TABLE IF EXISTS bench_copy_limit
