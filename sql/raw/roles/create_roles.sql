-- The two roles of the documented deployment (docs/deployment.md, "Roles"): strata_etl runs the pipelines, strata_reader
-- only reads. Roles are cluster-wide, so this runs on the raw tier's server and on the archive's; another session
-- creating them at the same moment is no error. They log in only once `strata db init` was given their passwords.
-- A role that exists already (CloudNativePG's managed roles, an earlier init) is not created again, so the owner needs
-- no CREATEROLE then; it must have the attributes Strata gives it, or the init stops naming what to change: a role
-- that may log in and nothing more (no superuser, no CREATEDB, no CREATEROLE).
DO $$
DECLARE
    name text;
    existing pg_roles%ROWTYPE;
BEGIN
    FOREACH name IN ARRAY ARRAY['strata_etl', 'strata_reader'] LOOP
        SELECT * INTO existing FROM pg_roles WHERE rolname = name;
        IF NOT FOUND THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE', name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        ELSIF existing.rolsuper OR existing.rolcreatedb OR existing.rolcreaterole OR NOT existing.rolcanlogin THEN
            RAISE EXCEPTION 'the role % exists with other attributes than Strata gives it (superuser %, createdb %, createrole %, login %): '
                'make it LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE (ALTER ROLE %, or its managed role in the CloudNativePG Cluster) '
                'and run strata db init again', name, existing.rolsuper, existing.rolcreatedb, existing.rolcreaterole, existing.rolcanlogin, name
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END LOOP;
END
$$;
