-- Prepares the file's transaction for the set-based merge of one staged table (ingest_staging).
-- work_mem: classify's window sorts every staged row; at the 4MB default a million rows spill about 110 MB
--   to disk, at 256MB they sort in memory, and the comparison with the stored table can hash them.
--   SET LOCAL: only for this transaction.
-- (JIT is already off: every session Strata opens starts without it, sql/postgres/session_settings.sql; here it had
--   cost 0.5-0.7 s per statement, most of a 15,000-row increment's classify against a 2M-row table.)
-- random_page_cost = 1.1 (the default 4 prices a random read of a spinning disk): a small file's classify then
--   looks its few thousand keys up in the stored table's primary key instead of reading the whole table to hash
--   it (measured: 15,000 staged sales against 2M stored ones, 720 ms -> 50 ms); a large file still hashes.
-- ANALYZE: temp tables are never auto-analyzed, so without it the planner guesses a few thousand staged
--   rows (it estimated 3,972 for 1,009,221) and plans for that.
SET LOCAL work_mem = '256MB';
SET LOCAL random_page_cost = 1.1;
ANALYZE ingest_staging
