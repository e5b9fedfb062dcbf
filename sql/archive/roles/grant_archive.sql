-- What each role may do in the archive database, which belongs to Strata alone. The monthly run swaps partitions
-- and replaces the BI views, which PostgreSQL and Greenplum allow only to a table's owner: strata_etl owns Strata's
-- archive tables and views (existing ones are handed over here) and may create in the schema Strata uses, public.
-- strata_reader may read every table and view there, including the ones strata_etl creates later, and nothing else.
-- Before the hand-over: a table's new owner must be able to create in its schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO strata_etl;
DO $$
DECLARE
    relation record;
BEGIN
    -- Handing a table to strata_etl takes being able to act as strata_etl.
    IF NOT pg_has_role(current_user, 'strata_etl', 'MEMBER') THEN
        EXECUTE format('GRANT strata_etl TO %I', current_user);
    END IF;
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO strata_etl', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO strata_reader', current_database());
    FOR relation IN
        SELECT c.relname, c.relkind
        FROM pg_class AS c
        JOIN pg_namespace AS n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
    LOOP
        EXECUTE format('ALTER %s public.%I OWNER TO strata_etl',
            CASE relation.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, relation.relname);
    END LOOP;
END
$$;
GRANT USAGE ON SCHEMA public TO strata_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO strata_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE strata_etl IN SCHEMA public GRANT SELECT ON TABLES TO strata_reader;
-- The owner's too: a monthly run as the owner (the local setup's) creates the archive's tables and views after this init,
-- and the dashboard, reading as strata_reader, must see them.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO strata_reader;
