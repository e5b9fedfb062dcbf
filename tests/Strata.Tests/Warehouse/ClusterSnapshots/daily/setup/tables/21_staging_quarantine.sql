-- quarantine: rows the daily load refused because they break the contract, with the reason and the row
-- as it arrived (JSON), so nothing is lost silently. One partition per month of the logical date, so a
-- re-run of date D can replace exactly what it wrote before.
CREATE OR REPLACE TABLE quarantine_staging ON CLUSTER `strata`
(
    logical_date   Date32,
    source_table   LowCardinality(String),
    business_key   String,
    reason         LowCardinality(String),
    raw_record     String,
    run_id         UUID,
    quarantined_at DateTime64(6, 'UTC')
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
PARTITION BY toYYYYMM(logical_date)
ORDER BY (logical_date, source_table, business_key)
