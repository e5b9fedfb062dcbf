-- The monthly archive's raw limit: a bare scratch table with historical_sales's columns (no partitions, no
-- checks, no indexes), the cheapest place the archive can put the archived months' rows with one COPY stream.
DROP TABLE IF EXISTS bench_copy_limit;

CREATE TABLE bench_copy_limit (LIKE historical_sales INCLUDING DEFAULTS)
