-- The archive reports' filter (ReportFilter), written once and placed as the first CTE of every historical report that
-- follows it (the placeholder filtered_sales in double braces): the archived sales between two UTC days, of one category
-- and one region ('' = all), as they were at the time of each sale, summed per UTC month (with its quarter), customer,
-- category, country and region. The whole months between the days come from the monthly summary (historical_sales_by_customer_month, a
-- row per customer, category and month); the days of a month a bound cuts come from the sales themselves
-- (bi_sales_detail, only those months' partitions read), so a report over any days is exact and one over whole
-- months reads no sale. Whole months run from the first month starting on or after @from to the last ending on or
-- before @to. The values are bound parameters; `strata report` binds every day, '' and ''.
filtered_sales AS (
    SELECT summary.sale_month, date_trunc('quarter', summary.sale_month::timestamp)::date AS sale_quarter,
           summary.customer_id, summary.category, summary.country, summary.region, summary.sales, summary.units, summary.revenue
    FROM historical_sales_by_customer_month AS summary
    WHERE summary.sale_month >= (date_trunc('month', (@from::date - 1)::timestamp) + INTERVAL '1 month')::date
      AND summary.sale_month < date_trunc('month', (@to::date + 1)::timestamp)::date
      AND (@category::text = '' OR summary.category = @category::text)
      AND (@region::text = '' OR summary.region = @region::text)
    UNION ALL
    SELECT detail.sale_month, detail.sale_quarter, detail.customer_id, detail.category, detail.country, detail.region,
           count(*), sum(detail.quantity), sum(detail.revenue)
    FROM bi_sales_detail AS detail
    WHERE detail.sale_date >= @from::timestamp AT TIME ZONE 'UTC'
      AND detail.sale_date < (@to::date + 1)::timestamp AT TIME ZONE 'UTC'
      AND (detail.sale_date < (date_trunc('month', (@from::date - 1)::timestamp) + INTERVAL '1 month') AT TIME ZONE 'UTC'
           OR detail.sale_date >= date_trunc('month', (@to::date + 1)::timestamp) AT TIME ZONE 'UTC')
      AND (@category::text = '' OR detail.category = @category::text)
      AND (@region::text = '' OR detail.region = @region::text)
    GROUP BY detail.sale_month, detail.sale_quarter, detail.customer_id, detail.category, detail.country, detail.region
)
