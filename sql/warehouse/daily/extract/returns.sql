-- fact_returns_staging: the whole returns_data table as PostgreSQL holds it now, typed as the warehouse keeps it.
-- PostgreSQL's constraints already hold every contract rule of a return (positive quantity and price, known product
-- and customer), so there is nothing to quarantine here. {loaded_at} is the run's PostgreSQL clock reading.
INSERT INTO fact_returns_staging
    (return_id, return_date, product_id, customer_id, quantity, price, returned_revenue, cancelled_invoice, updated_at, loaded_at)
WITH
source AS (
    SELECT return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, updated_at
    FROM postgresql({pg_address:String}, {pg_database:String}, 'returns_data', {pg_user:String}, {pg_password:String})
)

SELECT
    return_id,
    return_date,
    product_id,
    customer_id,
    quantity,
    price,
    toDecimal128(quantity, 0) * price AS returned_revenue,
    cancelled_invoice,
    updated_at,
    {loaded_at:DateTime64(6, 'UTC')} AS loaded_at
FROM source
