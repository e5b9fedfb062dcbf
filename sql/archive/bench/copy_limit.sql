-- The monthly archive's raw limit: the archived months' rows, already in binary COPY format, in one stream.
COPY bench_copy_limit (sale_id, sale_date, product_id, customer_id, quantity, price, revenue, archived_at) FROM STDIN (FORMAT binary)
