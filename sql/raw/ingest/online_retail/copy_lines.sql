-- Streams one Online Retail II file's cleaned lines into its staging table in binary COPY format.
COPY ingest_online_retail FROM STDIN (FORMAT BINARY)
