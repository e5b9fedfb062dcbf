-- strata_reader, for analysts and BI tools: SELECT on Strata's database, nothing else; its profile (readonly) refuses
-- any write or settings change in its sessions too.
GRANT{{on_cluster}} SELECT ON {{database}}.* TO strata_reader
