-- The extracted sales, each with the list of contract rules it breaks (src/Strata/Contracts/RawTables.cs,
-- Sales), including the references to products and customers that this run's dimensions hold.
-- transform/sales.sql loads the rows that break none; transform/quarantine.sql keeps the others with their
-- reasons. A view, so the rules are written once and nothing is materialised twice.
CREATE OR REPLACE VIEW daily_checked_sales AS
WITH
landed AS (
    SELECT * FROM daily_landing_sales
),

known_products AS (
    SELECT product_id FROM dim_product_staging
),

known_customers AS (
    SELECT customer_id FROM dim_customer_staging
),

checked AS (
    SELECT
        landed.*,
        arrayFilter(reason -> reason != '', [
            if(sale_id IS NULL, 'sale_id is required', ''),
            if(sale_id < 1, 'sale_id must be at least 1', ''),
            if(sale_date IS NULL, 'sale_date is required', ''),
            if(product_id IS NULL OR product_id = '', 'product_id is required', ''),
            if(product_id NOT IN known_products, 'product_id refers to no product', ''),
            if(customer_id IS NULL, 'customer_id is required', ''),
            if(customer_id NOT IN known_customers, 'customer_id refers to no customer', ''),
            if(quantity IS NULL, 'quantity is required', ''),
            if(quantity < 1 OR quantity > 2147483647, 'quantity must be between 1 and 2147483647', ''),
            if(price IS NULL, 'price is required', ''),
            if(price < 0.01 OR price > 9999999999.99, 'price must be between 0.01 and 9999999999.99', ''),
            if(price != round(price, 2), 'price must have at most 2 decimal places', ''),
            if(quantity * price > 9999999999999999.99, 'revenue (quantity x price) exceeds Decimal(18, 2)', '')
        ]) AS reasons
    FROM landed
)

SELECT * FROM checked
