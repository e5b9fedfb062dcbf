-- `strata bench --reset`: empties every table of the raw tier (the business tables, their quarantine and
-- the load ledger) in one statement, so the benchmark's ingest starts from nothing. The schema stays.
TRUNCATE sales_data, product_data, customer_data, quarantine, load_ledger RESTART IDENTITY
