-- Staging copy of summary_category_region, recreated empty with its exact structure at the start of every daily run:
-- filled by derived/summary_category_region.sql (the recomputed periods merged anew, the others copied), then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE summary_category_region_staging AS summary_category_region
