-- Drops one table's staging, repeated keys and classification before the next table of the same file is
-- staged (Online Retail II splits one file into three tables inside one transaction).
DROP TABLE ingest_staging, ingest_repeated_keys, ingest_classified
