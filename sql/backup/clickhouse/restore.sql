-- The backup's tables into a database: the warehouse's own (restore) or a scratch one (verify). The tables must not
-- exist there yet.
RESTORE DATABASE {{source}} AS {{target}} FROM File({{path}})
