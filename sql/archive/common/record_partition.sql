-- Remembers that the month's partition exists (in the same transaction that created it), so the next run
-- knows without reading dialect-specific partition catalogs.
INSERT INTO archive_months (month, partition_created_at) VALUES (@month, now());
