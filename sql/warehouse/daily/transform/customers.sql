-- dim_customer_staging: this run's customer dimension, built from the extracted customers that break no
-- contract rule. One row per customer_id, deterministically the latest version (the smallest remaining
-- column values break a tie on updated_at), typed per the contract, with the age band the demographic
-- reports group by. loaded_at is the run's PostgreSQL clock reading ({loaded_at}).
INSERT INTO dim_customer_staging (customer_id, age, age_band, gender, city, region, country, registration_date, updated_at, loaded_at)
WITH
valid AS (
    SELECT customer_id, age, gender, city, region, country, registration_date, updated_at
    FROM daily_checked_customers
    WHERE broken_rules = 0
),

latest AS (
    SELECT *
    FROM valid
    ORDER BY customer_id, updated_at DESC, registration_date, age, gender, city, region, country
    LIMIT 1 BY customer_id
),

typed AS (
    SELECT
        toInt32(customer_id) AS customer_id,
        toInt16(age) AS age,
        multiIf(
            age IS NULL, 'unknown',
            age < 18, '14-17',
            age < 25, '18-24',
            age < 35, '25-34',
            age < 45, '35-44',
            age < 55, '45-54',
            age < 65, '55-64',
            '65+') AS age_band,
        gender,
        city,
        region,
        country,
        toDate32(assumeNotNull(registration_date)) AS registration_date,
        updated_at,
        {loaded_at:DateTime64(6, 'UTC')} AS loaded_at
    FROM latest
)

SELECT * FROM typed
