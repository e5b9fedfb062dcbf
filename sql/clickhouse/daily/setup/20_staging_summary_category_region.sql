-- Staging copy of summary_category_region, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): derived/summary_category_region.sql rebuilds it in full, then it
-- replaces summary_category_region whole.
CREATE OR REPLACE TABLE summary_category_region_staging AS summary_category_region
