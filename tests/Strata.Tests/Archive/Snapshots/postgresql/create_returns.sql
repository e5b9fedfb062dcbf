-- The archive's returns on plain PostgreSQL (issue 12 part 5): historical_returns, one row per returned line as
-- ClickHouse's fact_returns holds it, with the value returned, replaced month by month by the monthly run; and
-- stage_returns, the month ClickHouse pushes before it replaces the archived one. Built from: the returns contract
-- (column lists from src/Strata/Archive/ArchiveTables.cs). Created when missing, so an older archive gains it.

CREATE TABLE historical_returns (
    return_id         bigint                   NOT NULL,
    return_date       timestamp with time zone NOT NULL,
    product_id        text                     NOT NULL,
    customer_id       integer                  NOT NULL,
    quantity          integer                  NOT NULL,
    price             numeric(12,2)            NOT NULL,
    cancelled_invoice bigint,
    returned_revenue  numeric(18,2)            NOT NULL,
    archived_at       timestamp with time zone NOT NULL,
    PRIMARY KEY (return_id)
);

CREATE INDEX historical_returns_return_date_idx ON historical_returns (return_date);

CREATE TABLE stage_returns (
    return_id         bigint                   NOT NULL,
    return_date       timestamp with time zone NOT NULL,
    product_id        text                     NOT NULL,
    customer_id       integer                  NOT NULL,
    quantity          integer                  NOT NULL,
    price             numeric(12,2)            NOT NULL,
    cancelled_invoice bigint,
    returned_revenue  numeric(18,2)            NOT NULL,
    archived_at       timestamp with time zone NOT NULL
);
