-- Staging copy of summary_weekly, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): derived/summary_weekly.sql rebuilds it in full, then it
-- replaces summary_weekly whole.
CREATE OR REPLACE TABLE summary_weekly_staging AS summary_weekly
