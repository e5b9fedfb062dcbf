-- `strata bench --reset`: drops the archive's tables (and with them the month partitions, the returns, the monthly
-- summaries, the BI views and any staging table a crashed run left), so the benchmark's monthly archive starts from nothing; its first run
-- creates them again.
DROP TABLE IF EXISTS historical_sales, historical_products, historical_customers, stage_products, stage_customers, archive_months,
    historical_returns, stage_returns, historical_sales_by_customer_month, historical_sales_by_product_month CASCADE;

DO $$
DECLARE
    staging record;
BEGIN
    FOR staging IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'historical\_sales\_stage\_%' LOOP
        EXECUTE format('DROP TABLE %I', staging.tablename);
    END LOOP;
END
$$
