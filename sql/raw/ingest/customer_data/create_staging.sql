-- Staging for one customer_data file: every row as cleaned in C#, typed but unconstrained (a rejected row
-- keeps what could be parsed), with its line, raw text and reject reason; and the keys it repeats, if any
-- (repeated_keys.sql). Dropped when the file's transaction ends. Columns after reject_reason follow the
-- contract (a test compares them).
CREATE TEMP TABLE ingest_staging (
    line_number       integer NOT NULL,
    raw_record        text    NOT NULL,
    reject_reason     text,
    customer_id       integer,
    age               smallint,
    gender            text,
    city              text,
    region            text,
    country           text,
    registration_date date
) ON COMMIT DROP;

CREATE TEMP TABLE ingest_repeated_keys (
    customer_id integer NOT NULL
) ON COMMIT DROP
