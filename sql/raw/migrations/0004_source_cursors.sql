-- Where each incremental source stands (docs/ingest.md, "Adding a source"): one cursor per source key (an HTTP API's
-- address and table), saved in the same transaction as the batch of rows it follows, so a source resumes exactly after
-- the last batch that loaded and a batch that failed is fetched again.
CREATE TABLE source_cursors (
    source_key text        PRIMARY KEY,
    cursor     text        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
