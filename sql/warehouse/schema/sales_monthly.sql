-- sales_monthly: sales totals per calendar month (UTC), from fact_sales.
CREATE TABLE IF NOT EXISTS sales_monthly
(
    month_start Date32,
    revenue     Decimal(18, 2),
    units       Int64,
    orders      Int64,
    customers   Int64,
    avg_check   Decimal(18, 2)
)
ENGINE = MergeTree
ORDER BY month_start
