-- returns_data staging derived from one Online Retail II file: every cancellation line (invoice "C..."), as the
-- return it describes (quantity already made positive in C#), with the reason it is none (postage, missing
-- customer, ...) where C# found one. The export does not say which invoice a cancellation cancels; the one it
-- most likely does is the latest earlier sale of the same product to the same customer in at least the returned
-- quantity (sales_data, this file's sales included: they merged first), its invoice being sale_id / 1000 as the
-- Online Retail ingest numbers sales. None found: cancelled_invoice stays null.
WITH lines AS (
    SELECT * FROM ingest_online_retail WHERE kind = 'return'
)

INSERT INTO ingest_staging (line_number, raw_record, reject_reason, return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice)
SELECT lines.line_number, lines.raw_record, lines.reject_reason, lines.sale_id, lines.sale_date, lines.product_id, lines.customer_id,
       lines.quantity, lines.price, cancelled.invoice
FROM lines
LEFT JOIN LATERAL (
    SELECT sales.sale_id / 1000 AS invoice
    FROM sales_data AS sales
    WHERE lines.reject_reason IS NULL
      AND sales.customer_id = lines.customer_id
      AND sales.product_id = lines.product_id
      AND sales.sale_date < lines.sale_date
      AND sales.quantity >= lines.quantity
    ORDER BY sales.sale_date DESC, sales.sale_id DESC
    LIMIT 1
) AS cancelled ON true
