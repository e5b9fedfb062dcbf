-- Staging copy of quarantine, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the new content of every month of quarantine the run
-- touches, swapped in partition by partition.
CREATE OR REPLACE TABLE quarantine_staging AS quarantine
