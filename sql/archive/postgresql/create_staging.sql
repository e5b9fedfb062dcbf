-- The staging table one month is loaded into (by ClickHouse, over COPY) and verified in before the swap.
-- Built from: historical_sales's columns. The CHECK matches the month's partition bounds, so ATTACH PARTITION
-- trusts it instead of scanning the month again inside the swap transaction, and a row of another month
-- cannot get in at all.
CREATE TABLE historical_sales_stage_{{suffix}} (
    LIKE historical_sales INCLUDING DEFAULTS,
    CONSTRAINT historical_sales_stage_{{suffix}}_in_month
        CHECK (sale_date >= {{month_start}} AND sale_date < {{month_end}})
);
