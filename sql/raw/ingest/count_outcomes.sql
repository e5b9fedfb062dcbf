-- One staged file's counts for one table. Every staged row is exactly one of: refused by cleaning or by
-- classification (quarantined); classified clean and changed by update.sql or added by insert.sql (loaded);
-- classified clean but a repeat within the file or identical to the stored row (duplicate). So read = loaded +
-- duplicates + quarantined holds by construction, and load_ledger's CHECK verifies it once more.
-- @loaded_rows: the rows update.sql and insert.sql affected.
WITH staged AS (
    SELECT count(*) AS read_rows, count(*) FILTER (WHERE reject_reason IS NOT NULL) AS refused_by_cleaning
    FROM ingest_staging
),

classified AS (
    SELECT count(*) FILTER (WHERE reason IS NULL) AS clean, count(*) FILTER (WHERE reason IS NOT NULL) AS refused
    FROM ingest_classified
)

SELECT
    staged.read_rows,
    @loaded_rows::bigint AS loaded_rows,
    classified.clean - @loaded_rows::bigint AS duplicate_rows,
    staged.refused_by_cleaning + classified.refused AS quarantined_rows
FROM staged, classified
