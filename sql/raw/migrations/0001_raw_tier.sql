-- Raw tier (R1): the three business tables as they arrive from the sources, cleaned and typed.
-- Column lists, types and nullability must match src/Strata/Contracts (a test compares them).
-- ingested_at: when the row first arrived; updated_at: when its content last changed. The daily
-- extraction to ClickHouse reads "everything updated since the last watermark" through updated_at.

CREATE TABLE customer_data (
    customer_id       integer      PRIMARY KEY CHECK (customer_id > 0),
    age               smallint     CHECK (age BETWEEN 14 AND 110),
    gender            text         CHECK (gender IN ('F', 'M')),
    city              text,
    region            text,
    country           text,
    registration_date date         NOT NULL,
    source_file       text         NOT NULL,
    ingested_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE product_data (
    product_id  text           PRIMARY KEY CHECK (product_id <> ''),
    name        text           NOT NULL CHECK (name <> ''),
    category    text           NOT NULL CHECK (category <> ''),
    supplier    text,
    price       numeric(12, 2) NOT NULL CHECK (price > 0),
    source_file text           NOT NULL,
    ingested_at timestamptz    NOT NULL DEFAULT now(),
    updated_at  timestamptz    NOT NULL DEFAULT now()
);

CREATE TABLE sales_data (
    sale_id     bigint         PRIMARY KEY CHECK (sale_id > 0),
    sale_date   timestamptz    NOT NULL,
    product_id  text           NOT NULL REFERENCES product_data (product_id),
    customer_id integer        NOT NULL REFERENCES customer_data (customer_id),
    quantity    integer        NOT NULL CHECK (quantity > 0),
    price       numeric(12, 2) NOT NULL CHECK (price > 0),
    source_file text           NOT NULL,
    ingested_at timestamptz    NOT NULL DEFAULT now(),
    updated_at  timestamptz    NOT NULL DEFAULT now()
);

-- The filters analysts and the ETL use most (R1.2).
CREATE INDEX sales_data_sale_date_idx   ON sales_data (sale_date);
CREATE INDEX sales_data_customer_id_idx ON sales_data (customer_id);
CREATE INDEX sales_data_product_id_idx  ON sales_data (product_id);
CREATE INDEX sales_data_updated_at_idx  ON sales_data (updated_at);
CREATE INDEX customer_data_updated_at_idx ON customer_data (updated_at);
CREATE INDEX product_data_updated_at_idx  ON product_data (updated_at);

-- Rejected input, kept whole so a person can see what was wrong and fix the source.
-- One row per (file, line, table, reason): ingesting the same file again adds nothing.
CREATE TABLE quarantine (
    quarantine_id  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_file    text        NOT NULL,
    line_number    integer     NOT NULL,
    target_table   text        NOT NULL,
    reason         text        NOT NULL,
    raw_record     text        NOT NULL,
    quarantined_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_file, line_number, target_table)
);

-- One row per table per ingest or pipeline step: what was read, loaded, dropped and quarantined.
CREATE TABLE load_ledger (
    ledger_id    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       uuid        NOT NULL,
    tier         text        NOT NULL,
    step         text        NOT NULL,
    target_table text        NOT NULL,
    source       text        NOT NULL,
    read_rows    bigint      NOT NULL,
    loaded_rows  bigint      NOT NULL,
    duplicate_rows bigint    NOT NULL,
    quarantined_rows bigint  NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (read_rows = loaded_rows + duplicate_rows + quarantined_rows)
);
