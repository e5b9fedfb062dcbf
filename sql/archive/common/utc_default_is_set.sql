-- Whether the archive database already defaults its sessions to UTC (a per-database setting, no role).
SELECT EXISTS (
    SELECT 1
    FROM pg_db_role_setting AS setting
    JOIN pg_database AS db ON db.oid = setting.setdatabase
    WHERE db.datname = current_database() AND setting.setrole = 0 AND 'TimeZone=UTC' = ANY (setting.setconfig)
);
