-- The extracted customers, each with the list of contract rules it breaks (src/Strata/Contracts/RawTables.cs,
-- Customers). transform/customers.sql loads the rows that break none; transform/quarantine.sql keeps the
-- others with their reasons. A view, so the rules are written once and nothing is materialised twice.
CREATE OR REPLACE VIEW daily_checked_customers AS
WITH
landed AS (
    SELECT * FROM daily_landing_customers
),

checked AS (
    SELECT
        landed.*,
        arrayFilter(reason -> reason != '', [
            if(customer_id IS NULL, 'customer_id is required', ''),
            if(customer_id < 1 OR customer_id > 2147483647, 'customer_id must be between 1 and 2147483647', ''),
            if(age < 14 OR age > 110, 'age must be between 14 and 110', ''),
            if(gender NOT IN ('F', 'M'), 'gender must be F or M', ''),
            if(registration_date IS NULL, 'registration_date is required', '')
        ]) AS reasons
    FROM landed
)

SELECT * FROM checked
