-- What each role may do in the raw tier (run after the migrations, so every table is covered). strata_etl reads and
-- writes the business tables, the ledgers and the run history, and makes the ingest's TEMP staging tables; it may
-- create nothing else (the owner, who runs `strata db init`, owns the schema). strata_reader reads, nothing more:
-- no TEMP tables either, so TEMPORARY is taken from PUBLIC (every role's default on a new database).
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO strata_etl', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO strata_reader', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public, strata_meta TO strata_etl, strata_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, strata_meta TO strata_etl;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, strata_meta TO strata_etl;
GRANT SELECT ON ALL TABLES IN SCHEMA public, strata_meta TO strata_reader;
-- Tables the owner creates later (a migration before the next init) are readable too: the dashboard reads the run history,
-- checks and ledger in strata_meta as strata_reader.
ALTER DEFAULT PRIVILEGES IN SCHEMA public, strata_meta GRANT SELECT ON TABLES TO strata_reader;
