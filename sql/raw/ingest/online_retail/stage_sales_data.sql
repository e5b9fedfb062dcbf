-- sales_data staging derived from one Online Retail II file: every line but a cancellation's (those are
-- returns_data's to account for), as the sale it describes, with the reason it is none (postage, missing
-- customer, ...) where C# found one. The standard sales_data steps then quarantine those, count exact repeats
-- within an invoice as duplicates and load the rest.
WITH lines AS (
    SELECT * FROM ingest_online_retail WHERE kind IS DISTINCT FROM 'return'
)

INSERT INTO ingest_staging (line_number, raw_record, reject_reason, sale_id, sale_date, product_id, customer_id, quantity, price)
SELECT line_number, raw_record, reject_reason, sale_id, sale_date, product_id, customer_id, quantity, price
FROM lines
