-- How many rows one month's summaries hold, for the step's row count. Built from: both monthly summaries.
SELECT
    (SELECT count(*) FROM historical_sales_by_customer_month WHERE sale_month = ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date)
  + (SELECT count(*) FROM historical_sales_by_product_month WHERE sale_month = ({{month_start}}::timestamptz AT TIME ZONE 'UTC')::date);
