-- Swaps one month of quarantine for the same month of quarantine_staging, atomically.
ALTER TABLE quarantine REPLACE PARTITION ID {partition_id:String} FROM quarantine_staging
