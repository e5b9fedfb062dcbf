-- Removes what an earlier, interrupted run of this month left behind, so every run starts from an empty staging table.
DROP TABLE IF EXISTS historical_sales_stage_{{suffix}};
