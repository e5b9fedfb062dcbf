-- The two roles of the documented deployment (docs/deployment.md, "Roles"): strata_etl runs the pipelines, strata_reader
-- only reads. Roles are cluster-wide, so this runs on the raw tier's server and on the archive's; another session
-- creating them at the same moment is no error. They log in only once `strata db init` was given their passwords.
DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['strata_etl', 'strata_reader'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE', name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;
