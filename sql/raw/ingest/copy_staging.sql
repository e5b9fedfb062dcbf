-- Streams one file's cleaned rows into the staging table in PostgreSQL's binary COPY format.
-- Column order is the table's: line_number, raw_record, reject_reason, then the contract's columns.
COPY ingest_staging FROM STDIN (FORMAT BINARY)
