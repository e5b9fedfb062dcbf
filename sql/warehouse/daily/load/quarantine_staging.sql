-- quarantine_staging: the new content of every month partition of quarantine this run touches: the rows
-- it keeps plus this run's rejects (daily_quarantine). A sale's reject is filed under its UTC day, a
-- dimension row's under the run's last requested day ({logical_date}). Dimensions are rebuilt in full, so
-- their rejects are replaced in full; sales rejects are replaced on the affected days only.
INSERT INTO quarantine_staging (logical_date, source_table, business_key, reason, raw_record, run_id, quarantined_at)
WITH
affected_days AS (
    SELECT sale_day FROM daily_affected_dates
),

fresh AS (
    SELECT
        coalesce(sale_day, {logical_date:Date32}) AS logical_date,
        source_table,
        ifNull(business_key, '') AS business_key,
        reason,
        raw_record,
        {run_id:UUID} AS run_id,
        {quarantined_at:DateTime64(6, 'UTC')} AS quarantined_at
    FROM daily_quarantine
),

replaced AS (
    SELECT *
    FROM quarantine
    WHERE source_table IN ('customer_data', 'product_data')
       OR (source_table = 'sales_data' AND logical_date IN affected_days)
),

touched_months AS (
    SELECT toYYYYMM(sale_day) FROM affected_days
    UNION DISTINCT SELECT toYYYYMM(logical_date) FROM fresh
    UNION DISTINCT SELECT toYYYYMM(logical_date) FROM replaced
),

kept AS (
    SELECT logical_date, source_table, business_key, reason, raw_record, run_id, quarantined_at
    FROM quarantine
    WHERE toYYYYMM(logical_date) IN touched_months
      AND NOT (source_table IN ('customer_data', 'product_data')
               OR (source_table = 'sales_data' AND logical_date IN affected_days))
)

SELECT * FROM kept
UNION ALL
SELECT * FROM fresh
