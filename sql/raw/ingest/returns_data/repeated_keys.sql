-- ingest_repeated_keys: the return_ids more than one valid row of the staged file holds, as the other tables' merges
-- find them. returns_data/classify.sql still numbers every one of its rows itself (cancellations are about 2% of an
-- Online Retail II file), so this list only keeps the shared merge's steps the same for every table.
INSERT INTO ingest_repeated_keys (return_id)
SELECT return_id
FROM ingest_staging
WHERE reject_reason IS NULL
GROUP BY return_id
HAVING count(*) > 1
