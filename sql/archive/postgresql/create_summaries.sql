-- The archive's monthly summaries on plain PostgreSQL (issue 14), rebuilt month by month by the monthly run's
-- summaries step (summarize_month.sql) so the historical reports read about a row per customer, category and
-- month instead of every archived sale (a 10M-sale archive: ~180k rows):
--   historical_sales_by_customer_month: sales per UTC month, customer, and the category, country and region as
--     they were at each sale (bi_sales_detail's SCD2 join, 'unknown' where no version covers the sale);
--     sales_without_version counts the sales that met no product or customer version, so a later version of
--     that key rebuilds the month (months_to_summarize.sql);
--   historical_sales_by_product_month: sales per UTC month and product (no version involved).
-- Column lists from src/Strata/Archive/ArchiveTables.cs. Created when missing, so an older archive gains them; the
-- next monthly run fills every archived month.

CREATE TABLE historical_sales_by_customer_month (
{{customer_month_columns}},
    PRIMARY KEY (sale_month, customer_id, category, country, region)
);

CREATE TABLE historical_sales_by_product_month (
{{product_month_columns}},
    PRIMARY KEY (sale_month, product_id)
);
