-- product_days: fact_sales per UTC day x product: units, revenue, the day's buyers as a groupBitmap state, the
-- first and last sale. summary_products merges it (a few hundred thousand rows at most: days x products) instead
-- of scanning every fact. Kept between runs and partitioned by month like fact_sales, so a daily run recomputes
-- only the days it rebuilt.
CREATE TABLE IF NOT EXISTS product_days
(
    sale_day   Date,
    product_id LowCardinality(String),
    units      Int64,
    revenue    Decimal(38, 2),
    customers  AggregateFunction(groupBitmap, UInt32),
    first_sale DateTime64(6, 'UTC'),
    last_sale  DateTime64(6, 'UTC')
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(sale_day)
ORDER BY (sale_day, product_id)
