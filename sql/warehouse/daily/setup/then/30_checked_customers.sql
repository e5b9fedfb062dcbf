-- The extracted customers, each with the contract rules it breaks (src/Strata/Contracts/RawTables.cs,
-- Customers). transform/customers.sql loads the rows that break none; transform/quarantine.sql keeps the
-- others with their reasons. A view, so the rules are written once and nothing is materialised twice.
-- broken_rules has bit N set when rule N is broken; the reasons are the names below, in the same order.
CREATE OR REPLACE VIEW daily_checked_customers AS
WITH
landed AS (
    SELECT * FROM daily_landing_customers
),

checked AS (
    SELECT
        landed.*,
        if(customer_id IS NULL, 1, 0)
            + if(customer_id < 1 OR customer_id > 2147483647, 2, 0)
            + if(age < 14 OR age > 110, 4, 0)
            + if(gender NOT IN ('F', 'M'), 8, 0)
            + if(registration_date IS NULL, 16, 0) AS broken_rules,
        arrayFilter((reason, bit) -> bitTest(broken_rules, bit), [
            'customer_id is required',
            'customer_id must be between 1 and 2147483647',
            'age must be between 14 and 110',
            'gender must be F or M',
            'registration_date is required'
        ], range(5)) AS reasons
    FROM landed
)

SELECT * FROM checked
