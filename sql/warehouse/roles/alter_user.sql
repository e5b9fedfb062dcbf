-- Every `strata db init` puts the user's password (a new salt each time), default database and settings profile back
-- to what Strata gives it, whether CREATE USER just made it or an earlier init or a person did.
ALTER USER {{user}}{{on_cluster}} IDENTIFIED WITH sha256_hash BY {{hash}} SALT {{salt}} DEFAULT DATABASE {{database}} SETTINGS PROFILE {{profile}}
