-- A Strata user of a ClickHouse server (the embedded engine has no users), made once: identified by a salted SHA-256 of
-- its password, so neither this statement nor the server's query log ever holds the password itself.
CREATE USER IF NOT EXISTS `strata_reader` ON CLUSTER `strata` IDENTIFIED WITH sha256_hash BY '06a379187aac9e3cad28b53dae05bcecb118a31ccffb41fdd1b75417b5b28b09' SALT '00112233445566778899aabbccddeeff' DEFAULT DATABASE `strata`;

-- Every `strata db init` puts the user's password (a new salt each time), default database and settings profile back
-- to what Strata gives it, whether CREATE USER just made it or an earlier init or a person did.
ALTER USER `strata_reader` ON CLUSTER `strata` IDENTIFIED WITH sha256_hash BY '06a379187aac9e3cad28b53dae05bcecb118a31ccffb41fdd1b75417b5b28b09' SALT '00112233445566778899aabbccddeeff' DEFAULT DATABASE `strata` SETTINGS PROFILE 'readonly';

-- strata_reader, for analysts and BI tools: SELECT on Strata's database, nothing else; its profile (readonly) refuses
-- any write or settings change in its sessions too.
GRANT ON CLUSTER `strata` SELECT ON `strata`.* TO strata_reader;
