-- Returns (issue 12 part 5): the Online Retail II export's cancellations (invoices "C..."), kept as data instead of
-- being quarantined. One row per cancellation line: return_id = cancellation invoice number * 1000 + the line's
-- ordinal (as a sale's sale_id), the quantity returned (positive) at the line's price, and the earlier invoice it
-- cancels when one can be told: the latest invoice before it that sold the same product to the same customer in at
-- least that quantity (the export itself does not name it). Column lists, types and nullability follow
-- src/Strata/Contracts/RawTables.cs (RawTables.Returns).
CREATE TABLE returns_data (
    return_id         bigint         PRIMARY KEY CHECK (return_id > 0),
    return_date       timestamptz    NOT NULL,
    product_id        text           NOT NULL REFERENCES product_data (product_id),
    customer_id       integer        NOT NULL REFERENCES customer_data (customer_id),
    quantity          integer        NOT NULL CHECK (quantity > 0),
    price             numeric(12, 2) NOT NULL CHECK (price > 0),
    cancelled_invoice bigint         CHECK (cancelled_invoice > 0),
    source_file       text           NOT NULL,
    ingested_at       timestamptz    NOT NULL DEFAULT now(),
    updated_at        timestamptz    NOT NULL DEFAULT now()
);

CREATE INDEX returns_data_return_date_idx ON returns_data (return_date);
CREATE INDEX returns_data_updated_at_idx  ON returns_data (updated_at);
