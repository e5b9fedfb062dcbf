-- The ingest's raw limit: a scratch table bench_copy_limit with sales_data's columns, defaults, CHECKs, primary key
-- and indexes (LIKE ... INCLUDING ALL) and its foreign keys (copied from the catalog, which LIKE leaves out), so
-- a plain COPY of the generated CSV into it does every check and index insertion the ingest's result must hold.
-- source_file defaults to the file's name: the CSV has no such column, and the ingest writes it as a constant.
-- Sessions read timestamps without a zone as UTC, as the ingest does.
SET TIME ZONE 'UTC';

DROP TABLE IF EXISTS bench_copy_limit;

CREATE TABLE bench_copy_limit (LIKE sales_data INCLUDING ALL);

ALTER TABLE bench_copy_limit ALTER COLUMN source_file SET DEFAULT 'sales_data.csv';

DO $$
DECLARE
    foreign_key record;
BEGIN
    FOR foreign_key IN
        SELECT conname, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint
        WHERE conrelid = 'sales_data'::regclass AND contype = 'f'
    LOOP
        EXECUTE format('ALTER TABLE bench_copy_limit ADD CONSTRAINT %I %s', 'bench_' || foreign_key.conname, foreign_key.definition);
    END LOOP;
END
$$
