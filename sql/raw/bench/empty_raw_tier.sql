-- `strata bench --reset`: empties every table of the raw tier (the business tables and the returns, their quarantine and
-- the load ledger) in one statement, so the benchmark's ingest starts from nothing. The schema stays. A scratch
-- table a crashed measurement left (copy_limit_table.sql) goes first: its foreign keys would block the TRUNCATE.
DROP TABLE IF EXISTS bench_copy_limit;

TRUNCATE returns_data, sales_data, product_data, customer_data, quarantine, load_ledger RESTART IDENTITY
