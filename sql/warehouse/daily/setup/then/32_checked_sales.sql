-- The extracted sales, each with the contract rules it breaks (src/Strata/Contracts/RawTables.cs, Sales),
-- including the references to products and customers this run's dimensions hold. transform/sales.sql loads
-- the rows that break none; transform/quarantine.sql keeps the others with their reasons. A view, so the
-- rules are written once and nothing is materialised twice.
-- broken_rules has bit N set when rule N is broken: checking ten million rows is cheap arithmetic, and the
-- reasons (the names below, in the same order) are spelt out only where they are read. quantity x price is
-- computed in 128 bits wherever it is: in the landing's own types an integer quantity times a numeric(12, 2)
-- price can overflow 64 bits, and a row breaking the revenue rule must be quarantined, not fail the run.
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
        if(sale_id IS NULL, 1, 0)
            + if(sale_id < 1, 2, 0)
            + if(sale_date IS NULL, 4, 0)
            + if(product_id IS NULL OR product_id = '', 8, 0)
            + if(product_id NOT IN known_products, 16, 0)
            + if(customer_id IS NULL, 32, 0)
            + if(customer_id NOT IN known_customers, 64, 0)
            + if(quantity IS NULL, 128, 0)
            + if(quantity < 1 OR quantity > 2147483647, 256, 0)
            + if(price IS NULL, 512, 0)
            + if(price < 0.01 OR price > 9999999999.99, 1024, 0)
            + if(price != round(price, 2), 2048, 0)
            + if(toDecimal128(quantity, 0) * price > 9999999999999999.99, 4096, 0) AS broken_rules,
        arrayFilter((reason, bit) -> bitTest(broken_rules, bit), [
            'sale_id is required',
            'sale_id must be at least 1',
            'sale_date is required',
            'product_id is required',
            'product_id refers to no product',
            'customer_id is required',
            'customer_id refers to no customer',
            'quantity is required',
            'quantity must be between 1 and 2147483647',
            'price is required',
            'price must be between 0.01 and 9999999999.99',
            'price must have at most 2 decimal places',
            'revenue (quantity x price) exceeds Decimal(18, 2)'
        ], range(13)) AS reasons
    FROM landed
)

SELECT * FROM checked
