-- Swaps the verified staging table in as the month's partition. The caller runs this in ONE transaction:
-- readers see the old month or the new one, never neither or both. ATTACH skips its validation scan because
-- the staging table's CHECK constraint already proves every row lies inside the bounds.
ALTER TABLE historical_sales DETACH PARTITION historical_sales_p2024_03;
DROP TABLE historical_sales_p2024_03;
ALTER TABLE historical_sales_stage_2024_03 RENAME TO historical_sales_p2024_03;
ALTER TABLE historical_sales ATTACH PARTITION historical_sales_p2024_03
    FOR VALUES FROM ('2024-03-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
