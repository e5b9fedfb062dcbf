-- sales_data staging derived from one Online Retail II file: every line, as the sale it describes, with the
-- reason it is none (cancellation, postage, missing customer, ...) where C# found one. The standard sales_data
-- steps then quarantine those, count exact repeats within an invoice as duplicates and load the rest.
WITH lines AS (
    SELECT * FROM ingest_online_retail
)

INSERT INTO ingest_staging (line_number, raw_record, reject_reason, sale_id, sale_date, product_id, customer_id, quantity, price)
SELECT line_number, raw_record, reject_reason, sale_id, sale_date, product_id, customer_id, quantity, price
FROM lines
