-- Working table, recreated empty at the start of every daily run: the extracted rows that break a contract
-- rule, with every rule they break and the whole row as JSON, before the load files them in quarantine.
CREATE OR REPLACE TABLE daily_quarantine
(
    source_table LowCardinality(String),
    business_key Nullable(String),
    sale_day     Nullable(Date32),
    reason       String,
    raw_record   String
)
ENGINE = MergeTree
ORDER BY source_table
