-- Makes the archive database's sessions default to UTC, so ClickHouse's postgresql() writes (wall-clock text
-- without an offset) are read as UTC. Needs the database's owner (or a superuser).
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET TimeZone TO %L', current_database(), 'UTC');
END
$$;
