-- The ingest's raw limit: the generated sales CSV copied as it is into bench_copy_limit (copy_limit_table.sql),
-- PostgreSQL parsing every value, checking every constraint and foreign key and inserting into every index.
COPY bench_copy_limit (sale_id, sale_date, product_id, customer_id, quantity, price) FROM STDIN (FORMAT csv, HEADER true)
