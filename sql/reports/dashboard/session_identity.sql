-- Dashboard (pipeline page): who this ClickHouse session reads as and whether it is read-only (readonly=1), asked of
-- the session itself. The embedded engine has no users: its one user is 'default', and readonly=1 is what guards it.
SELECT currentUser() AS role, currentUser() AS login, if(getSetting('readonly') = 0, 'off', 'on') AS read_only
