-- fact_sales_staging, completed: the transform put in the sales of the days this run rebuilds; this adds
-- the rows fact_sales keeps on the other days of the same months, so the staging table holds the complete
-- new content of every month it swaps. Nothing is swapped yet, so a crash here leaves fact_sales as it was.
INSERT INTO fact_sales_staging
WITH
affected_days AS (
    SELECT sale_day FROM daily_affected_dates
),

affected_months AS (
    SELECT DISTINCT toYYYYMM(sale_day) FROM affected_days
),

kept AS (
    SELECT *
    FROM fact_sales
    WHERE toYYYYMM(sale_date, 'UTC') IN affected_months
      AND toDate32(sale_date, 'UTC') NOT IN affected_days
)

SELECT * FROM kept
