-- product_data staging derived from one Online Retail II file: one row per mention (a line accepted as a
-- sale or a return), every mention of a product carrying the same content, so the merge loads one row per StockCode and
-- counts the other mentions as duplicates. name: the description written most often (ties: the one seen
-- last); category: read off that description's keywords in C#; price: the latest line's (never 0, such
-- lines are quarantined); supplier: unknown to the export, kept as already stored.
WITH lines AS (
    SELECT * FROM ingest_online_retail WHERE reject_reason IS NULL
),

descriptions AS (
    SELECT product_id, description, category, count(*) AS mentions, max(line_number) AS last_line
    FROM lines
    GROUP BY product_id, description, category
),

names AS (
    SELECT DISTINCT ON (product_id) product_id, description AS name, category
    FROM descriptions
    ORDER BY product_id, mentions DESC, last_line DESC
),

latest_prices AS (
    SELECT DISTINCT ON (product_id) product_id, price
    FROM lines
    ORDER BY product_id, line_number DESC
),

products AS (
    SELECT names.product_id, names.name, names.category, stored.supplier, latest_prices.price
    FROM names
    JOIN latest_prices USING (product_id)
    LEFT JOIN product_data AS stored USING (product_id)
)

INSERT INTO ingest_staging (line_number, raw_record, product_id, name, category, supplier, price)
SELECT lines.line_number, lines.raw_record, products.product_id, products.name, products.category,
       products.supplier, products.price
FROM lines
JOIN products USING (product_id)
