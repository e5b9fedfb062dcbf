-- Swaps the verified staging table in as the month's partition. The caller runs this in ONE transaction:
-- readers see the old month or the new one, never neither or both. ATTACH skips its validation scan because
-- the staging table's CHECK constraint already proves every row lies inside the bounds.
ALTER TABLE historical_sales DETACH PARTITION historical_sales_p{{suffix}};
DROP TABLE historical_sales_p{{suffix}};
ALTER TABLE historical_sales_stage_{{suffix}} RENAME TO historical_sales_p{{suffix}};
ALTER TABLE historical_sales ATTACH PARTITION historical_sales_p{{suffix}}
    FOR VALUES FROM ({{month_start}}) TO ({{month_end}});
