-- Swaps the verified staging table in as the month's partition with Greenplum's own EXCHANGE PARTITION (one
-- catalog operation; Greenplum 7 runs it as DETACH + ATTACH + renames). The caller runs this in ONE transaction.
-- WITHOUT VALIDATION: the verification before the swap grouped every staged row by day and matched each day of
-- the month to ClickHouse, so a row outside the month would already have failed the run.
-- After the exchange the staging table holds the month's previous copy, which is dropped.
ALTER TABLE historical_sales
    EXCHANGE PARTITION FOR ('2024-03-01 00:00:00+00')
    WITH TABLE historical_sales_stage_2024_03
    WITHOUT VALIDATION;
DROP TABLE historical_sales_stage_2024_03;
