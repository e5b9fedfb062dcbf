-- Staging for one Online Retail II file: every line as cleaned in C# (the sale or return it describes plus the
-- product and customer facts it mentions), with its line, raw text and reject reason. The four stage_*.sql
-- files derive each raw table's staging from it. Dropped when the transaction ends.
-- sale_id: a return's return_id; kind: 'sale' or 'return' (a cancellation invoice's line), null on a ragged line.
CREATE TEMP TABLE ingest_online_retail (
    line_number   integer NOT NULL,
    raw_record    text    NOT NULL,
    reject_reason text,
    sale_id       bigint,
    sale_date     timestamptz,
    product_id    text,
    customer_id   integer,
    quantity      integer,
    price         numeric(12, 2),
    description   text,
    category      text,
    country       text,
    kind          text
) ON COMMIT DROP
