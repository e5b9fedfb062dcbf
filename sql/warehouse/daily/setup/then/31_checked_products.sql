-- The extracted products, each with the contract rules it breaks (src/Strata/Contracts/RawTables.cs,
-- Products). transform/products.sql loads the rows that break none; transform/quarantine.sql keeps the
-- others with their reasons. A view, so the rules are written once and nothing is materialised twice.
-- broken_rules has bit N set when rule N is broken; the reasons are the names below, in the same order.
CREATE OR REPLACE VIEW daily_checked_products AS
WITH
landed AS (
    SELECT * FROM daily_landing_products
),

checked AS (
    SELECT
        landed.*,
        if(product_id IS NULL OR product_id = '', 1, 0)
            + if(name IS NULL OR name = '', 2, 0)
            + if(category IS NULL OR category = '', 4, 0)
            + if(price IS NULL, 8, 0)
            + if(price < 0.01 OR price > 9999999999.99, 16, 0)
            + if(price != round(price, 2), 32, 0) AS broken_rules,
        arrayFilter((reason, bit) -> bitTest(broken_rules, bit), [
            'product_id is required',
            'name is required',
            'category is required',
            'price is required',
            'price must be between 0.01 and 9999999999.99',
            'price must have at most 2 decimal places'
        ], range(6)) AS reasons
    FROM landed
)

SELECT * FROM checked
