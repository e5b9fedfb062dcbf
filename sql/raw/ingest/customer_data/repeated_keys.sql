-- ingest_repeated_keys: the customer_ids more than one valid row of the staged file holds, which classify.sql
-- numbers in file order. Run only when the file's keys did not come in ascending order (the loader watches
-- them as they stream): ascending keys cannot repeat, and grouping them would find nothing.
INSERT INTO ingest_repeated_keys (customer_id)
SELECT customer_id
FROM ingest_staging
WHERE reject_reason IS NULL
GROUP BY customer_id
HAVING count(*) > 1
