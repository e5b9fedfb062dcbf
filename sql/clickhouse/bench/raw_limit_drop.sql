-- Removes the raw-limit table once measured: it is a yardstick, not data.
DROP TABLE IF EXISTS bench_raw_limit SYNC
