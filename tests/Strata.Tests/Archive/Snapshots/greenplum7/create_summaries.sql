-- The archive's monthly summaries on Greenplum 6 and 7 (issue 14), rebuilt month by month by the monthly run's
-- summaries step (summarize_month.sql) so the historical reports read about a row per customer, category and
-- month instead of every archived sale:
--   historical_sales_by_customer_month: sales per UTC month, customer, and the category, country and region as
--     they were at each sale (bi_sales_detail's SCD2 join, 'unknown' where no version covers the sale),
--     distributed on customer_id like historical_sales; sales_without_version counts the sales that met no
--     product or customer version, so a later version of that key rebuilds the month (months_to_summarize.sql);
--   historical_sales_by_product_month: sales per UTC month and product (no version involved).
-- Column lists from src/Strata/Archive/ArchiveTables.cs. Created when missing, so an older archive gains them; the
-- next monthly run fills every archived month.

CREATE TABLE historical_sales_by_customer_month (
    sale_month            date          NOT NULL,
    customer_id           integer       NOT NULL,
    category              text          NOT NULL,
    country               text          NOT NULL,
    region                text          NOT NULL,
    sales                 bigint        NOT NULL,
    units                 bigint        NOT NULL,
    revenue               numeric(18,2) NOT NULL,
    sales_without_version bigint        NOT NULL,
    PRIMARY KEY (customer_id, sale_month, category, country, region)
)
DISTRIBUTED BY (customer_id);

CREATE TABLE historical_sales_by_product_month (
    sale_month date          NOT NULL,
    product_id text          NOT NULL,
    sales      bigint        NOT NULL,
    units      bigint        NOT NULL,
    revenue    numeric(18,2) NOT NULL,
    PRIMARY KEY (product_id, sale_month)
)
DISTRIBUTED BY (product_id);
