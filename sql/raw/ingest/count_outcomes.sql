-- One staged file's counts for one table. Every staged row is exactly one of: refused by cleaning or by
-- classification (quarantined); clean and changed by update.sql or added by insert.sql (loaded); clean but a
-- repeat within the file or identical to the stored row (duplicate). ingest_classified holds the refused rows
-- with their reason (and every other clean row that was not new), so the clean rows are the valid ones less
-- the refused. read = loaded + duplicates + quarantined holds by construction, and load_ledger's CHECK
-- verifies it once more.
-- @loaded_rows: the rows update.sql and insert.sql affected.
WITH staged AS (
    SELECT count(*) AS read_rows, count(*) FILTER (WHERE reject_reason IS NOT NULL) AS refused_by_cleaning
    FROM ingest_staging
),

classified AS (
    SELECT count(*) AS refused
    FROM ingest_classified
    WHERE reason IS NOT NULL
)

SELECT
    staged.read_rows,
    @loaded_rows::bigint AS loaded_rows,
    staged.read_rows - staged.refused_by_cleaning - classified.refused - @loaded_rows::bigint AS duplicate_rows,
    staged.refused_by_cleaning + classified.refused AS quarantined_rows
FROM staged, classified
