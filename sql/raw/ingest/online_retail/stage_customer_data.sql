-- customer_data staging derived from one Online Retail II file: one row per mention (any line naming a valid
-- customer on a valid date: a sale, a return, or a line quarantined for another reason such as postage), every
-- mention of a customer carrying the same content, so the merge loads every customer of the file once and
-- counts the other mentions as duplicates. The export knows no demographics: age, gender, city and region
-- stay as already stored (null for a new customer). Country is the one on the customer's latest line;
-- registration_date is the first invoice date, never later than the one already stored.
WITH lines AS (
    SELECT * FROM ingest_online_retail WHERE customer_id IS NOT NULL AND sale_date IS NOT NULL
),

first_sales AS (
    SELECT customer_id, min(sale_date) AS first_sale
    FROM lines
    GROUP BY customer_id
),

latest_countries AS (
    SELECT DISTINCT ON (customer_id) customer_id, country
    FROM lines
    ORDER BY customer_id, line_number DESC
),

customers AS (
    SELECT
        first_sales.customer_id,
        stored.age,
        stored.gender,
        stored.city,
        stored.region,
        latest_countries.country,
        least((first_sales.first_sale AT TIME ZONE 'UTC')::date, stored.registration_date) AS registration_date
    FROM first_sales
    JOIN latest_countries USING (customer_id)
    LEFT JOIN customer_data AS stored USING (customer_id)
)

INSERT INTO ingest_staging (line_number, raw_record, customer_id, age, gender, city, region, country, registration_date)
SELECT lines.line_number, lines.raw_record, customers.customer_id, customers.age, customers.gender,
       customers.city, customers.region, customers.country, customers.registration_date
FROM lines
JOIN customers USING (customer_id)
