-- The reports' raw limit on ClickHouse: one read of every sale in fact_sales (rows and revenue), the least a
-- report over the whole history can cost when it reads the facts.
SELECT count() AS facts, sum(revenue) AS revenue FROM fact_sales
