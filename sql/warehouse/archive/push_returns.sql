-- Pushes one month of fact_returns into the archive's stage_returns (emptied first): ClickHouse writes to
-- PostgreSQL/Greenplum itself through postgresql(), streaming with COPY, as push_month.sql does for the sales.
-- session_timezone = 'UTC': both ends read the wall-clock text in UTC (see push_month.sql).
INSERT INTO FUNCTION postgresql({pg_address:String}, {pg_database:String}, 'stage_returns', {pg_user:String}, {pg_password:String})
    (return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, returned_revenue, archived_at)
WITH month_returns AS (
    SELECT return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, returned_revenue
    FROM fact_returns
    WHERE return_date >= {month_start:DateTime64(6, 'UTC')} AND return_date < {month_end:DateTime64(6, 'UTC')}
)

SELECT return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, returned_revenue, {archived_at:DateTime64(6, 'UTC')}
FROM month_returns
SETTINGS session_timezone = 'UTC'
