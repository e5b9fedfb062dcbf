-- daily_affected_dates: the UTC days this run rebuilds whole: the requested days [{from}, {to}], the days of
-- the sales changed since the watermark, and the days where fact_sales still holds their previous versions
-- (a sale whose date moved must leave its old day too).
INSERT INTO daily_affected_dates (sale_day)
WITH
requested AS (
    SELECT arrayJoin(range(toUInt32(dateDiff('day', {from:Date32}, {to:Date32}) + 1))) AS offset,
           {from:Date32} + offset AS sale_day
),

changed AS (
    SELECT sale_day FROM daily_changed_sales
),

-- fact_sales' sale_id_range index keeps this from reading every sale_id of the history.
previous_versions AS (
    SELECT toDate32(sale_date, 'UTC') AS sale_day
    FROM fact_sales
    WHERE sale_id IN (SELECT sale_id FROM daily_changed_sales)
),

all_days AS (
    SELECT sale_day FROM requested
    UNION ALL SELECT sale_day FROM changed
    UNION ALL SELECT sale_day FROM previous_versions
)

SELECT DISTINCT sale_day FROM all_days
