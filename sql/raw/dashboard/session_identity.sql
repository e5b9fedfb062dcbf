-- Dashboard (pipeline page): who this session reads as and whether its transactions are read-only, asked of the
-- session itself rather than taken from the settings. Plain PostgreSQL, so it runs on the raw tier and the archive alike.
SELECT current_user AS role, session_user AS login, current_setting('default_transaction_read_only') AS read_only
