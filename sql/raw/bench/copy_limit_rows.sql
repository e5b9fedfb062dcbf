-- How many rows the ingest's raw limit copied: it must be every generated sale, or the measurement is void.
SELECT count(*) AS copied_rows FROM bench_copy_limit
