-- The monthly archive's raw limit, its input: the sales of the archived months (archive_limit_bounds.sql) with the
-- archive's columns (revenue = quantity x price, an archived_at stamp) in PostgreSQL's binary COPY format, written
-- to a file before the measurement so that only the COPY into the archive is timed. The same rows the monthly
-- run archives: the daily load copied them into ClickHouse unchanged.
COPY (
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, (quantity * price)::numeric(18, 2) AS revenue, now() AS archived_at
    FROM sales_data
    WHERE sale_date >= current_setting('strata.bench_month_start')::timestamptz
      AND sale_date < current_setting('strata.bench_month_end')::timestamptz
    ORDER BY sale_date
) TO STDOUT (FORMAT binary)
