-- A Strata user of a ClickHouse server (the embedded engine has no users), made once: identified by a salted SHA-256 of
-- its password, so neither this statement nor the server's query log ever holds the password itself.
CREATE USER IF NOT EXISTS {{user}}{{on_cluster}} IDENTIFIED WITH sha256_hash BY {{hash}} SALT {{salt}} DEFAULT DATABASE {{database}}
