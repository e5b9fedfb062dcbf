-- Quarantines one staged file's rejected rows for one table: those cleaning refused (ingest_staging.reject_reason)
-- and those the table's classification refused (ingest_classified.reason: conflicting duplicates, unknown
-- references), each with its line, raw text and reason. Re-ingesting a file adds nothing: one row per
-- (file, line, table).
-- @source_file, @target_table: the file and the table its rows were meant for.
WITH rejected AS (
    SELECT line_number, raw_record, reject_reason AS reason FROM ingest_staging WHERE reject_reason IS NOT NULL
    UNION ALL
    SELECT line_number, raw_record, reason FROM ingest_classified WHERE reason IS NOT NULL
)

INSERT INTO quarantine (source_file, line_number, target_table, reason, raw_record)
SELECT @source_file, line_number, @target_table, reason, raw_record
FROM rejected
ON CONFLICT (source_file, line_number, target_table) DO NOTHING
