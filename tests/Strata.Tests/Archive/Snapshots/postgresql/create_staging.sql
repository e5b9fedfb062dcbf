-- The staging table one month is loaded into (by ClickHouse, over COPY) and verified in before the swap.
-- Built from: historical_sales's columns. The CHECK matches the month's partition bounds, so ATTACH PARTITION
-- trusts it instead of scanning the month again inside the swap transaction, and a row of another month
-- cannot get in at all.
CREATE TABLE historical_sales_stage_2024_03 (
    LIKE historical_sales INCLUDING DEFAULTS,
    CONSTRAINT historical_sales_stage_2024_03_in_month
        CHECK (sale_date >= '2024-03-01 00:00:00+00' AND sale_date < '2024-04-01 00:00:00+00')
);
