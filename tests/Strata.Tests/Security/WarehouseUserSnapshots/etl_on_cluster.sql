-- A Strata user of a ClickHouse server (the embedded engine has no users), made once: identified by a salted SHA-256 of
-- its password, so neither this statement nor the server's query log ever holds the password itself.
CREATE USER IF NOT EXISTS `strata_etl` ON CLUSTER `strata` IDENTIFIED WITH sha256_hash BY '06a379187aac9e3cad28b53dae05bcecb118a31ccffb41fdd1b75417b5b28b09' SALT '00112233445566778899aabbccddeeff' DEFAULT DATABASE `strata`;

-- Every `strata db init` puts the user's password (a new salt each time), default database and settings profile back
-- to what Strata gives it, whether CREATE USER just made it or an earlier init or a person did.
ALTER USER `strata_etl` ON CLUSTER `strata` IDENTIFIED WITH sha256_hash BY '06a379187aac9e3cad28b53dae05bcecb118a31ccffb41fdd1b75417b5b28b09' SALT '00112233445566778899aabbccddeeff' DEFAULT DATABASE `strata` SETTINGS PROFILE 'default';

-- strata_etl, which the pipelines run as, on Strata's database only: read and write its tables (SELECT, INSERT,
-- ALTER: the partition swaps), create and drop its working tables and the report views, TRUNCATE a landing table,
-- stop and start merges on a staging table while it loads, and wait for a replica to catch up (cluster mode).
GRANT ON CLUSTER `strata` SELECT, INSERT, ALTER, CREATE TABLE, CREATE VIEW, DROP TABLE, DROP VIEW, TRUNCATE, SHOW, SYSTEM MERGES, SYSTEM SYNC REPLICA
ON `strata`.* TO strata_etl;

-- The daily run reads the raw tier through postgresql() and writes its staging back the same way, which ClickHouse grants
-- on every database (a table function belongs to none); CLUSTER lets it run its ON CLUSTER statements in cluster mode.
GRANT ON CLUSTER `strata` CREATE TEMPORARY TABLE, POSTGRES, CLUSTER ON *.* TO strata_etl;
