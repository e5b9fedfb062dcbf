-- Staging for one sales_data file: every row as cleaned in C#, typed but unconstrained (a rejected row
-- keeps what could be parsed), with its line, raw text and reject reason; and the keys it repeats, if any
-- (repeated_keys.sql). Dropped when the file's transaction ends. Columns after reject_reason follow the
-- contract (a test compares them).
CREATE TEMP TABLE ingest_staging (
    line_number   integer NOT NULL,
    raw_record    text    NOT NULL,
    reject_reason text,
    sale_id       bigint,
    sale_date     timestamptz,
    product_id    text,
    customer_id   integer,
    quantity      integer,
    price         numeric(12, 2)
) ON COMMIT DROP;

CREATE TEMP TABLE ingest_repeated_keys (
    sale_id bigint NOT NULL
) ON COMMIT DROP
