-- ingest_repeated_keys: the return_ids more than one valid row of the staged file holds, which classify.sql numbers
-- in file order. Run only when the file's keys did not come in ascending order (see sales_data/repeated_keys.sql).
INSERT INTO ingest_repeated_keys (return_id)
SELECT return_id
FROM ingest_staging
WHERE reject_reason IS NULL
GROUP BY return_id
HAVING count(*) > 1
