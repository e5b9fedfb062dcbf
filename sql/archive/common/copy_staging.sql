-- Streams one month's sales into its staging table in PostgreSQL's binary COPY format: the rows ClickHouse
-- returns for the month (sql/warehouse/archive/month_rows.sql), typed in .NET as they arrive, one at a time.
-- Column order is the staging table's (historical_sales's).
COPY historical_sales_stage_{{suffix}} (sale_id, sale_date, product_id, customer_id, quantity, price, revenue, archived_at) FROM STDIN (FORMAT BINARY)
