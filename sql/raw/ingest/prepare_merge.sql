-- Prepares the file's transaction for the set-based merge of one staged table (ingest_staging).
-- work_mem: classify's window sorts every staged row; at the 4MB default a million rows spill about 110 MB
--   to disk, at 256MB they sort in memory, and the comparison with the stored table can hash them.
--   SET LOCAL: only for this transaction.
-- ANALYZE: temp tables are never auto-analyzed, so without it the planner guesses a few thousand staged
--   rows (it estimated 3,972 for 1,009,221) and plans for that.
SET LOCAL work_mem = '256MB';
ANALYZE ingest_staging
