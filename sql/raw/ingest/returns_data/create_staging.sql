-- Staging for one returns_data file: a Strata returns CSV as cleaned in C#, or the cancellation lines of an Online
-- Retail II file (online_retail/stage_returns_data.sql fills it), typed but unconstrained (a rejected row keeps what
-- could be parsed), with its line, raw text and reject reason; and the keys it repeats, if any (repeated_keys.sql).
-- Dropped when the file's transaction ends. Columns after reject_reason follow the contract (a test compares them).
CREATE TEMP TABLE ingest_staging (
    line_number       integer NOT NULL,
    raw_record        text    NOT NULL,
    reject_reason     text,
    return_id         bigint,
    return_date       timestamptz,
    product_id        text,
    customer_id       integer,
    quantity          integer,
    price             numeric(12, 2),
    cancelled_invoice bigint
) ON COMMIT DROP;

CREATE TEMP TABLE ingest_repeated_keys (
    return_id bigint NOT NULL
) ON COMMIT DROP
