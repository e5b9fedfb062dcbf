-- The archived months whose summaries the summaries step rebuilds when it runs for @month: @month itself and every
-- later archived month (this run's swap replaced @month, and its SCD2 merge may have opened or corrected versions
-- from @month on), every archived month with no summary yet (an archive older than the summaries, or a month
-- archived without its summaries step), and every month holding sales that met no product or customer version (a
-- version since -infinity for that key, written by a later merge, now gives them their category or region).
-- An archived month is one with a partition; a month without sales gets no summary rows and costs nothing to rebuild.
SELECT archive_months.month
FROM archive_months
WHERE archive_months.month >= @month
   OR NOT EXISTS (SELECT 1 FROM historical_sales_by_product_month AS summarized WHERE summarized.sale_month = archive_months.month)
   OR EXISTS (
       SELECT 1 FROM historical_sales_by_customer_month AS unmatched
       WHERE unmatched.sale_month = archive_months.month AND unmatched.sales_without_version > 0
   )
ORDER BY archive_months.month;
