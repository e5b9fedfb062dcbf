-- fact_sales gained sale_id_range, a minmax skip index on sale_id (see schema/fact_sales.sql). A warehouse
-- created before gets the index here; a no-op where it exists. Its existing parts are not rewritten for it:
-- parts written or merged from now on carry it, and a part without it is simply read whole, as before
-- (`OPTIMIZE TABLE fact_sales FINAL` builds it for every part at once, if an operator wants it sooner).
ALTER TABLE fact_sales ADD INDEX IF NOT EXISTS sale_id_range sale_id TYPE minmax GRANULARITY 1
