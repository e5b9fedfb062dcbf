-- fact_sales_staging: the complete new content of every month partition this run touches: the rows
-- fact_sales keeps on the days this run does not rebuild, plus this run's clean sales for the days it does.
-- Built in full before anything is swapped, so a crash here leaves fact_sales as it was.
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
),

rebuilt AS (
    SELECT * FROM daily_clean_sales
)

SELECT * FROM kept
UNION ALL
SELECT * FROM rebuilt
