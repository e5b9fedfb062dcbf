-- How many rows the monthly archive's raw limit copied: every archived sale, or the measurement is void.
SELECT count(*) AS copied_rows FROM bench_copy_limit
