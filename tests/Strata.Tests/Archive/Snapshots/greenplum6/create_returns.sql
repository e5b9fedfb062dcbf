-- The archive's returns on Greenplum 6 and 7 (issue 12 part 5): historical_returns, one row per returned line as
-- ClickHouse's fact_returns holds it, with the value returned, replaced month by month by the monthly run (a heap
-- table: the replacement DELETEs; returns are a few percent of the sales), distributed on customer_id like
-- historical_sales so a customer's sales and returns meet on one segment; and stage_returns, the month ClickHouse
-- pushes before it replaces the archived one. Built from: the returns contract (column lists from
-- src/Strata/Archive/ArchiveTables.cs). Created when missing, so an older archive gains it.

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
    PRIMARY KEY (customer_id, return_id)
)
DISTRIBUTED BY (customer_id);

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
)
DISTRIBUTED BY (customer_id);
