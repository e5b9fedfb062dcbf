-- Staging copy of summary_weekly, recreated empty with its exact structure at the start of every daily run:
-- rebuilt in full by derived/summary_weekly.sql, then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE summary_weekly_staging AS summary_weekly
