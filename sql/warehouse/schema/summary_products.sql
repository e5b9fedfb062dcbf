-- summary_products: per product over the whole history in fact_sales: units, revenue, distinct buyers and
-- the first and last sale. Rebuilt whole after each load.
CREATE TABLE IF NOT EXISTS summary_products
(
    product_id String,
    name       String,
    category   LowCardinality(String),
    units      Int64,
    revenue    Decimal(18, 2),
    customers  Int64,
    first_sale DateTime64(6, 'UTC'),
    last_sale  DateTime64(6, 'UTC')
)
ENGINE = MergeTree
ORDER BY product_id
