-- The archive reports' filter (ReportFilter), written once and placed as the first CTE of every historical report that
-- follows it (the placeholder filtered_sales in double braces): the archived sales between two UTC days, of one category
-- and one region ('' = all), as they were at the time of each sale (bi_sales_detail). The day bounds compare sale_date
-- itself, so the archive skips the months outside them. The values are bound parameters; `strata report` binds every
-- day, '' and ''.
filtered_sales AS (
    SELECT *
    FROM bi_sales_detail
    WHERE sale_date >= @from::timestamp AT TIME ZONE 'UTC'
      AND sale_date < (@to::date + 1)::timestamp AT TIME ZONE 'UTC'
      AND (@category::text = '' OR category = @category::text)
      AND (@region::text = '' OR region = @region::text)
)
