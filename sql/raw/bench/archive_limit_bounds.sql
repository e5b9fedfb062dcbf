-- The months whose sales the monthly archive's raw limit copies (archive_limit_rows.sql), handed to that COPY
-- as session settings: a COPY ... TO STDOUT takes no parameters, set_config does.
SELECT
    set_config('strata.bench_month_start', @month_start, false) AS month_start,
    set_config('strata.bench_month_end', @month_end, false) AS month_end
