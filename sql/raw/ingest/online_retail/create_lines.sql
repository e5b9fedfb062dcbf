-- Staging for one Online Retail II file: every line as cleaned in C# (the sale it describes plus the
-- product and customer facts it mentions), with its line, raw text and reject reason. The three
-- stage_*.sql files derive each business table's staging from it. Dropped when the transaction ends.
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
    country       text
) ON COMMIT DROP
