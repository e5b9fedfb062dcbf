-- The staging table one month is loaded into (by ClickHouse, over COPY) and verified in before the swap.
-- Built from: historical_sales's columns. EXCHANGE PARTITION needs the same columns and distribution policy;
-- the same storage keeps the exchanged-in month append-optimised, column-oriented and compressed.
CREATE TABLE historical_sales_stage_{{suffix}} (LIKE historical_sales)
WITH (appendoptimized=true, orientation=column, compresstype=zstd, compresslevel=5)
DISTRIBUTED BY (customer_id);
