-- ingest_repeated_keys: the sale_ids more than one valid row of the staged file holds, which classify.sql
-- numbers in file order. Run only when the file's keys did not come in ascending order (the loader watches
-- them as they stream): ascending keys cannot repeat, and a file of millions of rows is spared grouping them.
INSERT INTO ingest_repeated_keys (sale_id)
SELECT sale_id
FROM ingest_staging
WHERE reject_reason IS NULL
GROUP BY sale_id
HAVING count(*) > 1
