-- The staging table one month is loaded into (by ClickHouse, over COPY) and verified in before the swap.
-- Built from: historical_sales's columns. EXCHANGE PARTITION needs the same columns and distribution policy;
-- the same access method keeps the exchanged-in month append-optimised, column-oriented and compressed.
CREATE TABLE historical_sales_stage_2024_03 (LIKE historical_sales)
USING ao_column
WITH (compresstype=zstd, compresslevel=5)
DISTRIBUTED BY (customer_id);
