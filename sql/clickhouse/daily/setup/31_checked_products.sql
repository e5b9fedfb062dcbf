-- The extracted products, each with the list of contract rules it breaks (src/Strata/Contracts/RawTables.cs,
-- Products). transform/products.sql loads the rows that break none; transform/quarantine.sql keeps the
-- others with their reasons. A view, so the rules are written once and nothing is materialised twice.
CREATE OR REPLACE VIEW daily_checked_products AS
WITH
landed AS (
    SELECT * FROM daily_landing_products
),

checked AS (
    SELECT
        landed.*,
        arrayFilter(reason -> reason != '', [
            if(product_id IS NULL OR product_id = '', 'product_id is required', ''),
            if(name IS NULL OR name = '', 'name is required', ''),
            if(category IS NULL OR category = '', 'category is required', ''),
            if(price IS NULL, 'price is required', ''),
            if(price < 0.01 OR price > 9999999999.99, 'price must be between 0.01 and 9999999999.99', ''),
            if(price != round(price, 2), 'price must have at most 2 decimal places', '')
        ]) AS reasons
    FROM landed
)

SELECT * FROM checked
